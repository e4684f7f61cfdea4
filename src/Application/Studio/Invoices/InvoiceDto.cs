using Ardalis.Specification;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices;

public sealed record InvoiceLineDto(Guid? SessionId, string Description, decimal Net, decimal TaxPercent, decimal Tax, decimal Gross);

/// <summary>An invoice with its client's name, lines and totals in the studio's currency; <see cref="Number"/> once issued.</summary>
public sealed record InvoiceDto(Guid Id, Guid ClientId, string Client, InvoiceStatus Status, string? Number, string Currency,
    decimal Net, decimal Tax, decimal Gross, DateTimeOffset CreatedAt, DateTimeOffset? IssuedAt, IReadOnlyList<InvoiceLineDto> Lines)
{
    public static InvoiceDto Of(Invoice invoice, string client) =>
        new(invoice.Id, invoice.ClientId, client, invoice.Status, invoice.Number, invoice.Currency, invoice.Net, invoice.Tax, invoice.Gross,
            invoice.CreatedAt, invoice.IssuedAt,
            invoice.Lines.Select(l => new InvoiceLineDto(l.SessionId, l.Description, l.Net, l.TaxPercent, l.Tax, l.Gross)).ToList());
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
