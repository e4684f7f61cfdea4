using Mediator;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Portal.GetMyProfile;
using RecordingStudio.Application.Studio.Portal.GetMySessions;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Application.Studio;

namespace RecordingStudio.WebApi.Pages.Portal;

/// <summary>A client's own sessions; the queries only ever return the signed-in client's data.</summary>
public sealed class ClientSessionsModel(ISender sender) : StudioPageModel(sender)
{
    public ClientDto Profile { get; private set; } = null!;
    public MySessionsDto Sessions { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Profile = await Sender.Send(new GetMyProfileQuery(), ct);
        Sessions = await Sender.Send(new GetMySessionsQuery(), ct);
    }

    public string When(PortalSessionDto session) =>
        StudioTime.When(session.StartsAt, session.EndsAt, new StudioCalendar(Sessions.TimeZone));
}
