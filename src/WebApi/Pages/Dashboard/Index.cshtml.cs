using Mediator;
using RecordingStudio.Application.Studio.Overview.GetStudioOverview;
using RecordingStudio.Application.Studio.Reports.GetOutstandingReport;
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

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Overview = await Sender.Send(new GetStudioOverviewQuery(), ct);
        Today = await views.ViewAsync(Overview.TodaySessions, ct);
        if (User.IsInRole(nameof(AccountRole.Owner)) || User.IsInRole(nameof(AccountRole.Manager)))
        {
            var month = await Sender.Send(new GetRevenueReportQuery(new DateOnly(Overview.Today.Year, Overview.Today.Month, 1), Overview.Today), ct);
            var owed = await Sender.Send(new GetOutstandingReportQuery(), ct);
            Figures = (month.Net, owed.Balance, owed.Overdue, month.Currency);
        }
    }
}
