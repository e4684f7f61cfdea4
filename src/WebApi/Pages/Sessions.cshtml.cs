using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Sessions.GetSessions;

namespace RecordingStudio.WebApi.Pages;

public sealed class SessionsModel(ISender sender) : StudioPageModel(sender)
{
    public new PagedResult<SessionDto> Page { get; private set; } = null!;
    public StudioNames Names { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Names = await StudioNames.LoadAsync(Sender, HttpContext.RequestAborted);
        var today = Names.Calendar.Today(DateTimeOffset.UtcNow);
        Page = await Sender.Send(new GetSessionsQuery(From: today.Start, PageSize: 100), HttpContext.RequestAborted);
    }
}
