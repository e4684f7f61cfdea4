using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
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
using RecordingStudio.Domain.Studio;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

public sealed class SessionsEndpoints : IEndpointGroup
{
    public static string Prefix => "/api/sessions";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/", List);
        group.MapGet("/upcoming", Upcoming);
        group.MapGet("/availability", Availability);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create);
        group.MapPost("/{id:guid}/reschedule", Reschedule);
        group.MapPost("/{id:guid}/cancel", Cancel);
        group.MapPost("/{id:guid}/complete", Complete);
    }

    static async Task<Ok<PagedResult<SessionDto>>> List(DateTimeOffset? from, DateTimeOffset? to, Guid? roomId, Guid? clientId,
        Guid? engineerId, string? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetSessionsQuery(from, to, roomId, clientId, engineerId, ParseStatus(status),
            page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));

    /// <summary>Accepts the status as the API writes it ("noShow") and in any letter case.</summary>
    static SessionStatus? ParseStatus(string? status) =>
        string.IsNullOrWhiteSpace(status) ? null
        : Enum.TryParse<SessionStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw new ValidationException([new ValidationFailure("Status",
            $"'{status}' is not a session status; use one of {string.Join(", ", Enum.GetNames<SessionStatus>().Select(JsonNamingPolicy.CamelCase.ConvertName))}.")]);

    static async Task<Ok<PagedResult<SessionDto>>> Upcoming([AsParameters] GetUpcomingSessionsQuery query, ISender sender, CancellationToken ct) =>
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
