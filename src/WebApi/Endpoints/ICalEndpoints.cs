using Mediator;
using RecordingStudio.Application.Studio.CalendarFeeds.GetCalendarFeedFile;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>
/// The feeds themselves, on the studio's host, for calendar apps: no account — the unguessable token in the address is
/// the credential, and revoking the feed ends it.
/// </summary>
public sealed class ICalEndpoints : IEndpointGroup
{
    public static string Description => "The feeds themselves, on the studio's host, for calendar apps: no account — the unguessable token in the address is the credential, and revoking the feed ends it.";

    public static string Prefix => "/ical";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioHost().AllowAnonymous();
        // HEAD too: some calendar apps ask whether a feed exists before they subscribe.
        group.MapMethods("/{token}.ics", [HttpMethods.Get, HttpMethods.Head], Feed).Produces<string>(StatusCodes.Status200OK, "text/calendar");
    }

    static async Task<IResult> Feed(string token, HttpContext http, ISender sender, CancellationToken ct)
    {
        var file = await sender.Send(new GetCalendarFeedFileQuery(token), ct);
        // Calendar apps poll; the token must not linger in shared caches.
        http.Response.Headers.CacheControl = "private, no-cache";
        return Results.Text(file, "text/calendar; charset=utf-8");
    }
}
