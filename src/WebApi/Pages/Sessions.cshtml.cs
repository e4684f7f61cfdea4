using Mediator;
using RecordingStudio.Application.Assistant;
using RecordingStudio.Application.Studio.Sessions.GetSessions;

namespace RecordingStudio.WebApi.Pages;

public sealed class SessionsModel(ISender sender, StudioDirectory directory) : StudioPageModel(sender)
{
    public int TotalCount { get; private set; }
    public IReadOnlyList<SessionView> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var today = (await directory.CalendarAsync(ct)).Today(DateTimeOffset.UtcNow);
        var page = await Sender.Send(new GetSessionsQuery(From: today.Start, PageSize: 100), ct);
        (TotalCount, Rows) = (page.TotalCount, await directory.ViewAsync(page.Items, ct));
    }
}
