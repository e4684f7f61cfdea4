using Ardalis.Specification;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices;

public sealed record InvoiceLineDto(Guid? SessionId, string Description, decimal Net, decimal TaxPercent, decimal Tax, decimal Gross);

public sealed record PaymentDto(Guid Id, decimal Amount, PaymentMethod Method, DateOnly PaidOn, string? Reference, DateTimeOffset RecordedAt);

public sealed record CreditNoteDto(Guid Id, Guid InvoiceId, string Number, string Currency, decimal Net, decimal Tax, decimal Gross, string? Reason,
    DateTimeOffset IssuedAt, DateOnly IssuedOn, IReadOnlyList<InvoiceLineDto> Lines)
{
    public static CreditNoteDto Of(CreditNote note) =>
        new(note.Id, note.InvoiceId, note.Number, note.Currency, note.Net, note.Tax, note.Gross, note.Reason, note.IssuedAt, note.IssuedOn, InvoiceDto.LinesOf(note.Lines));
}

/// <summary>
/// An invoice with its client's name, lines, tax per rate and totals in the studio's currency: <see cref="Gross"/> as
/// issued, <see cref="Total"/> less credit notes, <see cref="Balance"/> left to pay; <see cref="Number"/> once issued.
/// </summary>
public sealed record InvoiceDto(Guid Id, Guid ClientId, string Client, InvoiceStatus Status, string? Number, string Currency,
    decimal Net, decimal Tax, decimal Gross, decimal Credited, decimal Total, decimal Paid, decimal Balance,
    DateTimeOffset CreatedAt, DateTimeOffset? IssuedAt, DateOnly? IssuedOn, DateOnly? DueOn, bool Overdue,
    IReadOnlyList<InvoiceLineDto> Lines, IReadOnlyList<TaxRateTotal> TaxByRate, IReadOnlyList<PaymentDto> Payments,
    IReadOnlyList<CreditNoteDto>? CreditNotes = null, InvoiceParties? Parties = null)
{
    public static InvoiceDto Of(Invoice invoice, string client, DateOnly today, IReadOnlyList<CreditNote>? creditNotes = null) =>
        new(invoice.Id, invoice.ClientId, client, invoice.Status, invoice.Number, invoice.Currency, invoice.Net, invoice.Tax, invoice.Gross,
            invoice.Credited, invoice.Total, invoice.Paid, invoice.Balance, invoice.CreatedAt, invoice.IssuedAt, invoice.IssuedOn, invoice.DueOn,
            invoice.IsOverdue(today), LinesOf(invoice.Lines), invoice.TaxByRate,
            invoice.Payments.OrderBy(p => p.PaidOn).ThenBy(p => p.RecordedAt)
                .Select(p => new PaymentDto(p.Id, p.Amount, p.Method, p.PaidOn, p.Reference, p.RecordedAt)).ToList(),
            creditNotes?.Select(CreditNoteDto.Of).ToList(), invoice.Parties);

    public static IReadOnlyList<InvoiceLineDto> LinesOf(IEnumerable<InvoiceLine> lines) =>
        lines.Select(l => new InvoiceLineDto(l.SessionId, l.Description, l.Net, l.TaxPercent, l.Tax, l.Gross)).ToList();
}

/// <summary>Invoices of one client or all, of one status or all, newest first.</summary>
public sealed class InvoicesSpec : Specification<Invoice>
{
    public InvoicesSpec(Guid? clientId, InvoiceStatus? status, int page, int pageSize)
    {
        if (clientId is { } client) Query.Where(i => i.ClientId == client);
        if (status is { } wanted) Query.Where(i => i.Status == wanted);
        Query.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id).Skip(Paging.Skip(page, pageSize)).Take(pageSize).AsNoTracking();
    }
}

/// <summary>Invoices that already bill one of these sessions: a session is invoiced once.</summary>
public sealed class InvoicesOfSessionsSpec : Specification<Invoice>
{
    public InvoicesOfSessionsSpec(IReadOnlyCollection<Guid> sessionIds) =>
        Query.Where(i => i.Lines.Any(l => l.SessionId != null && sessionIds.Contains(l.SessionId.Value))).AsNoTracking();
}

/// <summary>The credit notes of an invoice, oldest first.</summary>
public sealed class CreditNotesOfInvoiceSpec : Specification<CreditNote>
{
    public CreditNotesOfInvoiceSpec(Guid invoiceId) => Query.Where(c => c.InvoiceId == invoiceId).OrderBy(c => c.IssuedAt).AsNoTracking();
}
