using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Reports;
using RecordingStudio.Application.Studio.Reports.GetOutstandingReport;
using RecordingStudio.Application.Studio.Reports.GetRevenueReport;
using RecordingStudio.Application.Studio.Reports.GetUtilizationReport;

namespace RecordingStudio.WebApi.Pages.Reports;

/// <summary>The studio's figures at a glance: revenue over the last twelve months and by room, this month's utilisation, what is owed.</summary>
public sealed class ReportsModel(ISender sender, InvoiceViews views) : StudioPageModel(sender)
{
    public RevenueReportDto ByMonth { get; private set; } = null!;
    public RevenueReportDto ByRoom { get; private set; } = null!;
    public UtilizationReportDto Utilization { get; private set; } = null!;
    public OutstandingReportDto Outstanding { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var today = await views.TodayAsync(ct);
        var yearAgo = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        ByMonth = await Sender.Send(new GetRevenueReportQuery(yearAgo, today, RevenueGrouping.Month), ct);
        ByRoom = await Sender.Send(new GetRevenueReportQuery(new DateOnly(today.Year, 1, 1), today, RevenueGrouping.Room), ct);
        Utilization = await Sender.Send(new GetUtilizationReportQuery(), ct);
        Outstanding = await Sender.Send(new GetOutstandingReportQuery(), ct);
    }

    /// <summary>Every month of the last twelve, those without revenue at zero.</summary>
    public IReadOnlyList<(string Label, decimal Value, string Text)> MonthBars() =>
        ByMonth.EveryMonth(new DateOnly(ByMonth.From.Year, ByMonth.From.Month, 1), 12)
            .Select(m => (m.Month.ToString("MMM yy"), m.Net, Money(m.Net, ByMonth.Currency))).ToList();
}
