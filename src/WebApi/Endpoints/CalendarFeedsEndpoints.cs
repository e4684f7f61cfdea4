using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.CalendarFeeds;
using RecordingStudio.Application.Studio.CalendarFeeds.CreateCalendarFeed;
using RecordingStudio.Application.Studio.CalendarFeeds.GetCalendarFeeds;
using RecordingStudio.Application.Studio.CalendarFeeds.RevokeCalendarFeed;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>Staff make, list and revoke subscribable calendars of a room, an engineer or a client.</summary>
public sealed class CalendarFeedsEndpoints : IEndpointGroup
{
    public static string Description => "Staff make, list and revoke subscribable calendars of a room, an engineer or a client.";

    public static string Prefix => "/api/ical-feeds";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/", List);
        group.MapPost("/", Create);
        group.MapDelete("/{id:guid}", Revoke);
    }

    static async Task<Ok<PagedResult<CalendarFeedDto>>> List([AsParameters] GetCalendarFeedsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    /// <summary>201 with the feed's URL in the body (its only copy); no Location header, as a feed is not read back here.</summary>
    static async Task<Created<CreatedCalendarFeedDto>> Create(CreateCalendarFeedCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Created((string?)null, await sender.Send(command, ct));

    static async Task<NoContent> Revoke(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new RevokeCalendarFeedCommand(id), ct);
        return TypedResults.NoContent();
    }
}
