using Mediator;
using RecordingStudio.Application.Assistant;
using RecordingStudio.Application.Studio.Overview.GetStudioOverview;

namespace RecordingStudio.WebApi.Pages;

public sealed class DashboardModel(ISender sender, StudioDirectory directory) : StudioPageModel(sender)
{
    public StudioOverviewDto Overview { get; private set; } = null!;
    public IReadOnlyList<SessionView> Today { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Overview = await Sender.Send(new GetStudioOverviewQuery(), HttpContext.RequestAborted);
        Today = await directory.ViewAsync(Overview.TodaySessions, HttpContext.RequestAborted);
    }
}
