using Mediator;
using RecordingStudio.Application.Studio.Overview.GetStudioOverview;
using RecordingStudio.Application.Studio.Sessions;

namespace RecordingStudio.WebApi.Pages.Dashboard;

public sealed class DashboardModel(ISender sender, SessionViews views) : StudioPageModel(sender)
{
    public StudioOverviewDto Overview { get; private set; } = null!;
    public IReadOnlyList<SessionView> Today { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Overview = await Sender.Send(new GetStudioOverviewQuery(), HttpContext.RequestAborted);
        Today = await views.ViewAsync(Overview.TodaySessions, HttpContext.RequestAborted);
    }
}
