using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Studio.Series;
using RecordingStudio.Application.Studio.Series.CancelSeries;
using RecordingStudio.Application.Studio.Series.CreateSeries;
using RecordingStudio.Application.Studio.Series.GetSeries;
using RecordingStudio.Application.Studio.Series.MoveSeries;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>Recurring and block bookings: a series of sessions from an RRULE, read, and cancelled from a date on.</summary>
public sealed class SeriesEndpoints : IEndpointGroup
{
    public static string Description => "Recurring and block bookings: a series of sessions from an RRULE, read, and cancelled from a date on.";

    public static string Prefix => "/api/series";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapPost("/", Create);
        group.MapGet("/{id:guid}", Get);
        group.MapDelete("/{id:guid}", Cancel);
        group.MapPost("/{id:guid}/reschedule", Reschedule);
    }

    /// <summary>Moves this and following (from <c>from</c>, by default those not started yet) as the first of them moves to [startsAt, endsAt).</summary>
    static async Task<Ok<SeriesDto>> Reschedule(Guid id, MoveSeriesCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command with { Id = id }, ct));

    /// <summary>201 with the sessions booked; 409 series_conflict with each occurrence in the way unless bookFreeOnly.</summary>
    static async Task<Created<SeriesDto>> Create(CreateSeriesCommand command, ISender sender, CancellationToken ct)
    {
        var series = await sender.Send(command, ct);
        return TypedResults.Created($"{Prefix}/{series.Id}", series);
    }

    static async Task<Ok<SeriesDto>> Get(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetSeriesQuery(id), ct));

    /// <summary>Cancels the open sessions from <paramref name="from"/> on (this and following; by default those not started yet).</summary>
    static async Task<Ok<SeriesDto>> Cancel(Guid id, DateTimeOffset? from, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CancelSeriesCommand(id, from), ct));
}
