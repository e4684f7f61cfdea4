using System.Globalization;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
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
/// client, number and dates, the lines, tax per rate, then net, tax, total, credit notes, payments and the amount due.
/// </summary>
public sealed class InvoicePdfs(IReadRepository<StudioSettings> settings, IReadRepository<Client> clients, IInvoiceDocuments documents)
{
    public async Task<InvoicePdf> ForAsync(Invoice invoice, CancellationToken ct)
    {
        var culture = (await settings.GetStudioSettingsAsync(ct)).Culture;
        var title = invoice.Number is null ? "Draft invoice" : $"Invoice {invoice.Number}{(invoice.Status == InvoiceStatus.Void ? " (void)" : "")}";
        var facts = new List<(string, string)>();
        if (invoice.IssuedOn is { } issued) facts.Add(("Issued on", Date(issued)));
        if (invoice.DueOn is { } due) facts.Add(("Due on", Date(due)));
        if (invoice.Number is null) facts.Add(("Not yet issued", "no number"));

        var currency = invoice.Currency;
        var totals = new List<(string, decimal)> { ("Net", invoice.Net) };
        totals.AddRange(invoice.TaxByRate.Select(r =>
            ($"Tax {Percent(r.TaxPercent, culture)} % on {Currencies.Number(r.Net, currency, culture)}", r.Tax)));
        totals.Add(("Total", invoice.Gross));
        if (invoice.Credited > 0) totals.Add(("Credit notes", -invoice.Credited));
        if (invoice.Paid > 0) totals.Add(("Paid", -invoice.Paid));
        totals.Add(("Amount due", invoice.Balance));

        return new InvoicePdf($"{(invoice.Number is null ? "draft-invoice" : $"invoice-{invoice.Number}")}.pdf",
            await PdfAsync(title, invoice.ClientId, currency, facts, invoice.Lines, totals, ct, invoice.Parties));
    }

    /// <summary>A credit note as printed: the invoice it corrects, the lines it takes back, tax per rate and the total credited.</summary>
    public async Task<InvoicePdf> ForAsync(CreditNote note, Invoice invoice, CancellationToken ct)
    {
        var culture = (await settings.GetStudioSettingsAsync(ct)).Culture;
        var totals = new List<(string, decimal)> { ("Net", note.Net) };
        totals.AddRange(Invoice.ByRate(note.Lines).Select(r =>
            ($"Tax {Percent(r.TaxPercent, culture)} % on {Currencies.Number(r.Net, note.Currency, culture)}", r.Tax)));
        totals.Add(("Total credited", note.Gross));
        var facts = new List<(string, string)> { ("Issued on", Date(note.IssuedOn)), ("Corrects invoice", invoice.Number ?? "") };
        if (note.Reason is { } reason) facts.Add(("Reason", reason));
        return new InvoicePdf($"credit-note-{note.Number}.pdf",
            await PdfAsync($"Credit note {note.Number}", invoice.ClientId, note.Currency, facts, note.Lines, totals, ct, invoice.Parties));
    }

    /// <summary>A quote as printed: its number, validity, lines, tax per rate and total.</summary>
    public async Task<InvoicePdf> ForAsync(Quote quote, CancellationToken ct)
    {
        var culture = (await settings.GetStudioSettingsAsync(ct)).Culture;
        var totals = new List<(string, decimal)> { ("Net", quote.Net) };
        totals.AddRange(quote.TaxByRate.Select(r =>
            ($"Tax {Percent(r.TaxPercent, culture)} % on {Currencies.Number(r.Net, quote.Currency, culture)}", r.Tax)));
        totals.Add(("Total", quote.Gross));
        return new InvoicePdf($"quote-{quote.Number}.pdf", await PdfAsync($"Quote {quote.Number}", quote.ClientId, quote.Currency,
            [("Valid until", Date(quote.ValidUntil))], quote.Lines, totals, ct));
    }

    /// <summary>The document with the parties an issued invoice was issued with, else the studio's and the client's details now.</summary>
    private async Task<byte[]> PdfAsync(string title, Guid clientId, string currency, IReadOnlyList<(string, string)> facts, IEnumerable<InvoiceLine> lines,
        IReadOnlyList<(string, decimal)> totals, CancellationToken ct, InvoiceParties? issued = null)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        var client = issued is null ? await clients.GetByIdAsync(clientId, ct) : null;
        var parties = issued ?? new InvoiceParties(studio.LegalName ?? studio.StudioName, studio.Address, studio.TaxId, studio.InvoiceNote,
            client?.Name ?? "", client?.Email, client?.BillingAddress, client?.TaxId);
        return documents.Pdf(new InvoiceDocument(title, currency,
            new InvoiceIssuer(parties.IssuerName, parties.IssuerAddress, parties.IssuerTaxId, parties.IssuerNote),
            new InvoiceRecipient(parties.ClientName, parties.ClientEmail, parties.ClientAddress, parties.ClientTaxId), facts,
            lines.Select(l => new InvoiceDocumentLine(l.Description, l.TaxPercent, l.Net, l.Gross)).ToList(), totals, studio.Culture));
    }

    private static string Percent(decimal percent, string? culture) =>
        percent.ToString("0.##", culture is not null && Currencies.IsCulture(culture) ? CultureInfo.GetCultureInfo(culture) : CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
