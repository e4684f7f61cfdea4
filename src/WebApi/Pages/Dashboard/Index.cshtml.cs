using Mediator;
using RecordingStudio.Application.Studio.Overview.GetFirstSteps;
using RecordingStudio.Application.Studio.Overview.GetStudioOverview;
using RecordingStudio.Application.Studio.Reports.GetOutstandingReport;
using RecordingStudio.Application.Studio.Reports;
using RecordingStudio.Application.Studio.Reports.GetRevenueReport;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Application.Studio.Sessions;

namespace RecordingStudio.WebApi.Pages.Dashboard;

public sealed class DashboardModel(ISender sender, SessionViews views) : StudioPageModel(sender)
{
    public StudioOverviewDto Overview { get; private set; } = null!;
    public IReadOnlyList<SessionView> Today { get; private set; } = [];
    /// <summary>For Owners and Managers: what was invoiced this month and what is owed.</summary>
    public (decimal ThisMonth, decimal Owed, decimal Overdue, string Currency)? Figures { get; private set; }
    /// <summary>Revenue of the last six months, one bar a month (none without revenue left out).</summary>
    public IReadOnlyList<(string Label, decimal Value, string Text)> LastMonths { get; private set; } = [];
    /// <summary>For the Owner, who sets the studio up: the first-run checklist, until every step is done.</summary>
    public FirstStepsDto? FirstSteps { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Overview = await Sender.Send(new GetStudioOverviewQuery(), ct);
        Today = await views.ViewAsync(Overview.TodaySessions, ct);
        if (User.IsInRole(nameof(AccountRole.Owner)) && await Sender.Send(new GetFirstStepsQuery(), ct) is { AllDone: false } steps)
            FirstSteps = steps;
        if (User.IsInRole(nameof(AccountRole.Owner)) || User.IsInRole(nameof(AccountRole.Manager)))
        {
            var first = new DateOnly(Overview.Today.Year, Overview.Today.Month, 1);
            var report = await Sender.Send(new GetRevenueReportQuery(first.AddMonths(-5), Overview.Today), ct);
            var months = report.EveryMonth(first.AddMonths(-5), 6);
            LastMonths = months.Select(m => (m.Month.ToString("MMM", System.Globalization.CultureInfo.CurrentCulture), m.Net, Money(m.Net, report.Currency))).ToList();
            var owed = await Sender.Send(new GetOutstandingReportQuery(), ct);
            Figures = (months[^1].Net, owed.Balance, owed.Overdue, report.Currency);
        }
    }
}
