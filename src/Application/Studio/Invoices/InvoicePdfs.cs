using System.Globalization;
using Microsoft.Extensions.Localization;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices;

/// <summary>An invoice's PDF and the name it is downloaded or attached under.</summary>
public sealed record InvoicePdf(string FileName, byte[] Content)
{
    public const string ContentType = "application/pdf";
}

/// <summary>
/// An invoice (or a quote) as printed, for the staff's download, the client's and the e-mail: the studio's legal details, the
/// client, number and dates, the lines, tax per rate, then net, tax, total, credit notes, payments and the amount due. It is
/// written in the language its lines were written in for the client (their account's, else the studio's, when it was
/// made), whoever downloads it and whatever the client chooses later: the staff see the very document the client was sent.
/// </summary>
public sealed class InvoicePdfs(
    IReadRepository<StudioSettings> settings, IReadRepository<Client> clients, IInvoiceDocuments documents, ClientLanguage language,
    IStringLocalizer<Text> text)
{
    public async Task<InvoicePdf> ForAsync(Invoice invoice, CancellationToken ct)
    {
        using var reading = Languages.Use(invoice.Language ?? await language.OfAsync(invoice.ClientId, ct));
        var culture = (await settings.GetStudioSettingsAsync(ct)).Culture;
        var title = invoice.Number is null ? text["Pdf.DraftInvoice"]
            : invoice.Status == InvoiceStatus.Void ? text["Pdf.InvoiceVoid", invoice.Number] : text["Pdf.Invoice", invoice.Number];
        var facts = new List<(string, string)>();
        if (invoice.IssuedOn is { } issued) facts.Add((text["Pdf.IssuedOn"], Date(issued)));
        if (invoice.DueOn is { } due) facts.Add((text["Pdf.DueOn"], Date(due)));
        if (invoice.Number is null) facts.Add((text["Pdf.NotYetIssued"], text["Pdf.NoNumber"]));

        var currency = invoice.Currency;
        var totals = new List<(string, decimal)> { (text["Pdf.Net"], invoice.Net) };
        totals.AddRange(invoice.TaxByRate.Select(r => (TaxOn(r.TaxPercent, r.Net, currency, culture), r.Tax)));
        totals.Add((text["Pdf.Total"], invoice.Gross));
        if (invoice.Credited > 0) totals.Add((text["Pdf.CreditNotes"], -invoice.Credited));
        if (invoice.Paid > 0) totals.Add((text["Pdf.Paid"], -invoice.Paid));
        totals.Add((text["Pdf.AmountDue"], invoice.Balance));

        return new InvoicePdf($"{(invoice.Number is null ? "draft-invoice" : $"invoice-{invoice.Number}")}.pdf",
            await PdfAsync(title, invoice.ClientId, currency, facts, invoice.Lines, totals, ct, invoice.Parties));
    }

    /// <summary>A credit note as printed: the invoice it corrects, the lines it takes back, tax per rate and the total credited.</summary>
    public async Task<InvoicePdf> ForAsync(CreditNote note, Invoice invoice, CancellationToken ct)
    {
        using var reading = Languages.Use(invoice.Language ?? await language.OfAsync(invoice.ClientId, ct));
        var culture = (await settings.GetStudioSettingsAsync(ct)).Culture;
        var totals = new List<(string, decimal)> { (text["Pdf.Net"], note.Net) };
        totals.AddRange(Invoice.ByRate(note.Lines).Select(r => (TaxOn(r.TaxPercent, r.Net, note.Currency, culture), r.Tax)));
        totals.Add((text["Pdf.TotalCredited"], note.Gross));
        var facts = new List<(string, string)> { (text["Pdf.IssuedOn"], Date(note.IssuedOn)), (text["Pdf.CorrectsInvoice"], invoice.Number ?? "") };
        if (note.Reason is { } reason) facts.Add((text["Pdf.Reason"], reason));
        return new InvoicePdf($"credit-note-{note.Number}.pdf",
            await PdfAsync(text["Pdf.CreditNote", note.Number], invoice.ClientId, note.Currency, facts, note.Lines, totals, ct, invoice.Parties));
    }

    /// <summary>A quote as printed: its number, validity, lines, tax per rate and total.</summary>
    public async Task<InvoicePdf> ForAsync(Quote quote, CancellationToken ct)
    {
        using var reading = Languages.Use(quote.Language ?? await language.OfAsync(quote.ClientId, ct));
        var culture = (await settings.GetStudioSettingsAsync(ct)).Culture;
        var totals = new List<(string, decimal)> { (text["Pdf.Net"], quote.Net) };
        totals.AddRange(quote.TaxByRate.Select(r => (TaxOn(r.TaxPercent, r.Net, quote.Currency, culture), r.Tax)));
        totals.Add((text["Pdf.Total"], quote.Gross));
        return new InvoicePdf($"quote-{quote.Number}.pdf", await PdfAsync(text["Pdf.Quote", quote.Number], quote.ClientId, quote.Currency,
            [(text["Pdf.ValidUntil"], Date(quote.ValidUntil))], quote.Lines, totals, ct));
    }

    /// <summary>A day as documents and their e-mails write it, in the current language ("1 Dec 2026", "1 déc. 2026").</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The document with the parties an issued invoice was issued with, else the studio's and the client's details now.</summary>
    private async Task<byte[]> PdfAsync(string title, Guid clientId, string currency, IReadOnlyList<(string, string)> facts, IEnumerable<InvoiceLine> lines,
        IReadOnlyList<(string, decimal)> totals, CancellationToken ct, InvoiceParties? issued = null)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        var client = issued is null ? await clients.GetByIdAsync(clientId, ct) : null;
        var parties = issued ?? new InvoiceParties(studio.LegalName ?? studio.StudioName, studio.Address, studio.TaxId, studio.InvoiceNote,
            client?.Name ?? "", client?.Email, client?.BillingAddress, client?.TaxId);
        var words = new InvoiceDocumentWords(text["Pdf.BillTo"], text["Pdf.TaxId"], text["Pdf.Description"], text["Pdf.Tax"], text["Pdf.Net"], text["Pdf.Gross"], text["Pdf.Fact"]);
        return documents.Pdf(new InvoiceDocument(title, currency,
            new InvoiceIssuer(parties.IssuerName, parties.IssuerAddress, parties.IssuerTaxId, parties.IssuerNote),
            new InvoiceRecipient(parties.ClientName, parties.ClientEmail, parties.ClientAddress, parties.ClientTaxId), facts,
            lines.Select(l => new InvoiceDocumentLine(l.Description, l.TaxPercent, l.Net, l.Gross)).ToList(), totals, words, studio.Culture));
    }

    /// <summary>"Tax 20 % on 100.00": the rate and the base in the studio's money culture.</summary>
    private string TaxOn(decimal percent, decimal net, string currency, string? culture) =>
        text["Pdf.TaxOn", Percent(percent, culture), Currencies.Number(net, currency, culture)];

    private static string Percent(decimal percent, string? culture) =>
        percent.ToString("0.##", culture is not null && Currencies.IsCulture(culture) ? CultureInfo.GetCultureInfo(culture) : CultureInfo.InvariantCulture);
}
