using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Reports.GetOutstandingReport;

/// <summary>What clients still owe: each issued or partly paid invoice with its balance and days overdue, and the balance per client.</summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record GetOutstandingReportQuery : IQuery<OutstandingReportDto>;

public sealed record OutstandingInvoiceDto(Guid Id, string Number, Guid ClientId, string Client, DateOnly IssuedOn, DateOnly DueOn, decimal Total,
    decimal Balance, int DaysOverdue);

public sealed record ClientBalanceDto(Guid ClientId, string Client, int Invoices, decimal Balance, decimal Overdue);

public sealed record OutstandingReportDto(string Currency, DateOnly Today, decimal Balance, decimal Overdue, IReadOnlyList<ClientBalanceDto> Clients,
    IReadOnlyList<OutstandingInvoiceDto> Invoices);

/// <summary>Invoices with something left to pay, oldest due first.</summary>
public sealed class UnpaidInvoicesSpec : Specification<Invoice>
{
    public UnpaidInvoicesSpec(Guid? clientId = null)
    {
        Query.Where(i => i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartlyPaid);
        if (clientId is { } client) Query.Where(i => i.ClientId == client);
        Query.OrderBy(i => i.DueOn).ThenBy(i => i.Number).AsNoTracking();
    }
}

public sealed class GetOutstandingReportQueryHandler(IReadRepository<Invoice> invoices, IReadRepository<StudioSettings> settings, InvoiceViews views,
    SessionNames names) : IQueryHandler<GetOutstandingReportQuery, OutstandingReportDto>
{
    public async ValueTask<OutstandingReportDto> Handle(GetOutstandingReportQuery query, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        var today = await views.TodayAsync(ct);
        var unpaid = await invoices.ListAsync(new UnpaidInvoicesSpec(), ct);
        var named = await names.ForAsync([], ct, [.. unpaid.Select(i => i.ClientId)]);
        var rows = unpaid.Select(i => new OutstandingInvoiceDto(i.Id, i.Number!, i.ClientId, named.Client(i.ClientId), i.IssuedOn!.Value, i.DueOn!.Value,
            i.Total, i.Balance, Math.Max(0, today.DayNumber - i.DueOn.Value.DayNumber))).ToList();
        var clients = rows.GroupBy(r => r.ClientId)
            .Select(g => new ClientBalanceDto(g.Key, g.First().Client, g.Count(), g.Sum(r => r.Balance), g.Where(r => r.DaysOverdue > 0).Sum(r => r.Balance)))
            .OrderByDescending(c => c.Balance).ThenBy(c => c.Client).ToList();
        return new OutstandingReportDto(studio.Currency, today, rows.Sum(r => r.Balance), rows.Where(r => r.DaysOverdue > 0).Sum(r => r.Balance), clients, rows);
    }
}
