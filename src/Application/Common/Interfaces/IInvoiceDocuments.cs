namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>Who sends an invoice: the studio's legal details, as its settings give them.</summary>
public sealed record InvoiceIssuer(string Name, string? Address, string? TaxId, string? Note);

/// <summary>Who it is for: a business client's address and tax id too.</summary>
public sealed record InvoiceRecipient(string Name, string? Email, string? Address = null, string? TaxId = null);

/// <summary>A line as printed: what, its tax rate, net and gross, in the document's currency.</summary>
public sealed record InvoiceDocumentLine(string Description, decimal TaxPercent, decimal Net, decimal Gross);

/// <summary>
/// An invoice or credit note ready to print: its title ("Invoice 2026-0001", "Draft invoice"), dates, lines, tax per
/// rate and the totals under the lines (label and amount, the last one the amount due).
/// </summary>
public sealed record InvoiceDocument(string Title, string Currency, InvoiceIssuer Issuer, InvoiceRecipient Recipient,
    IReadOnlyList<(string Label, string Value)> Facts, IReadOnlyList<InvoiceDocumentLine> Lines, IReadOnlyList<(string Label, decimal Amount)> Totals,
    InvoiceDocumentWords Words, string? Culture = null);

/// <summary>The document's own words, in the reader's language ("Tax id: {0}" keeps its place for the number, "{0}: {1}" a fact's label and value).</summary>
public sealed record InvoiceDocumentWords(string BillTo, string TaxId, string Description, string Tax, string Net, string Gross, string Fact);

/// <summary>Writes invoices as PDF.</summary>
public interface IInvoiceDocuments
{
    byte[] Pdf(InvoiceDocument document);
}
