using Mediator;
using RecordingStudio.Application.Studio.Overview.GetStudioOverview;

namespace RecordingStudio.WebApi.Pages;

public sealed class DashboardModel(ISender sender) : StudioPageModel(sender)
{
    public StudioOverviewDto Overview { get; private set; } = null!;
    public StudioNames Names { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Overview = await Sender.Send(new GetStudioOverviewQuery(), HttpContext.RequestAborted);
        Names = await StudioNames.LoadAsync(Sender, HttpContext.RequestAborted);
    }
}
