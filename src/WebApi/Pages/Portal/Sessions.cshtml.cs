using Mediator;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Portal.CreateMyCalendarFeed;
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
    /// <summary>Shown once, right after it is made: the address of the client's calendar feed.</summary>
    public string? FeedUrl { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Profile = await Sender.Send(new GetMyProfileQuery(), ct);
        Sessions = await Sender.Send(new GetMySessionsQuery(), ct);
    }

    /// <summary>A new feed address (the earlier one stops working), shown on the page rather than redirected away: it is shown once.</summary>
    public async Task OnPostFeedAsync()
    {
        FeedUrl = (await Sender.Send(new CreateMyCalendarFeedCommand(), HttpContext.RequestAborted)).Url;
        await OnGetAsync();
    }

    public string When(PortalSessionDto session) =>
        StudioTime.When(session.StartsAt, session.EndsAt, new StudioCalendar(Sessions.TimeZone));
}
