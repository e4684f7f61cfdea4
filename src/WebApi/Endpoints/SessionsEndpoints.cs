using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Sessions.CancelSession;
using RecordingStudio.Application.Studio.Sessions.CheckAvailability;
using RecordingStudio.Application.Studio.Sessions.CompleteSession;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Application.Studio.Sessions.GetSession;
using RecordingStudio.Application.Studio.Sessions.GetSessions;
using RecordingStudio.Application.Studio.Sessions.GetUpcomingSessions;
using RecordingStudio.Application.Studio.Sessions.RescheduleSession;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

public sealed class SessionsEndpoints : IEndpointGroup
{
    public static string Prefix => "/api/sessions";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioHost();
        group.MapGet("/", List);
        group.MapGet("/upcoming", Upcoming);
        group.MapGet("/availability", Availability);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create);
        group.MapPost("/{id:guid}/reschedule", Reschedule);
        group.MapPost("/{id:guid}/cancel", Cancel);
        group.MapPost("/{id:guid}/complete", Complete);
    }

    static async Task<Ok<PagedResult<SessionDto>>> List([AsParameters] GetSessionsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    static async Task<Ok<IReadOnlyList<SessionDto>>> Upcoming([AsParameters] GetUpcomingSessionsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    static async Task<Ok<AvailabilityDto>> Availability([AsParameters] CheckAvailabilityQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    static async Task<Ok<SessionDto>> Get(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetSessionQuery(id), ct));

    static async Task<Created<SessionDto>> Create(CreateSessionCommand command, ISender sender, CancellationToken ct)
    {
        var session = await sender.Send(command, ct);
        return TypedResults.Created($"{Prefix}/{session.Id}", session);
    }

    static async Task<Ok<SessionDto>> Reschedule(Guid id, RescheduleSessionCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command with { Id = id }, ct));

    static async Task<Ok<SessionDto>> Cancel(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CancelSessionCommand(id), ct));

    static async Task<Ok<SessionDto>> Complete(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CompleteSessionCommand(id), ct));
}
