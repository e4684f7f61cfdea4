using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Sessions.CancelSession;
using RecordingStudio.Application.Studio.Sessions.ChallengeHold;
using RecordingStudio.Application.Studio.Sessions.ConfirmSession;
using RecordingStudio.Application.Studio.Sessions.ReleaseHold;
using RecordingStudio.Application.Studio.Sessions.CheckAvailability;
using RecordingStudio.Application.Studio.Sessions.CompleteSession;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Application.Studio.Sessions.GetSession;
using RecordingStudio.Application.Studio.Sessions.GetSessions;
using RecordingStudio.Application.Studio.Sessions.GetUpcomingSessions;
using RecordingStudio.Application.Studio.Sessions.RescheduleSession;
using RecordingStudio.Application.Studio.Sessions.SetSessionPrice;
using RecordingStudio.Application.Studio.Sessions.RecordDeposit;
using RecordingStudio.Application.Studio.Sessions.GetCancellationTerms;
using RecordingStudio.Domain.Studio;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

public sealed record ChallengeRequest(int Hours);

public sealed class SessionsEndpoints : IEndpointGroup
{
    public static string Description => "Sessions: book, hold, move, confirm, cancel, price, deposits, availability.";

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
        group.MapPost("/{id:guid}/confirm", Confirm);
        group.MapPost("/{id:guid}/release", Release);
        group.MapPost("/{id:guid}/challenge", Challenge);
        group.MapPut("/{id:guid}/price", SetPrice);
        group.MapPost("/{id:guid}/deposit", RecordDeposit);
        group.MapGet("/{id:guid}/cancellation", Cancellation);
    }

    static async Task<Ok<PagedResult<SessionDto>>> List(DateTimeOffset? from, DateTimeOffset? to, Guid? roomId, Guid? clientId,
        Guid? engineerId, string? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetSessionsQuery(from, to, roomId, clientId, engineerId, EnumQuery.Parse<SessionStatus>(status, "Status"),
            page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));

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

    /// <summary>Confirms a hold (refused while a hold placed before it stands) or a tentative session.</summary>
    static async Task<Ok<SessionDto>> Confirm(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ConfirmSessionCommand(id), ct));

    /// <summary>Gives up a hold; the next hold of the slot is promoted and told.</summary>
    static async Task<Ok<SessionDto>> Release(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReleaseHoldCommand(id), ct));

    /// <summary>Gives the 1st hold <c>hours</c> to confirm, or it is released.</summary>
    static async Task<Ok<SessionDto>> Challenge(Guid id, ChallengeRequest request, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ChallengeHoldCommand(id, request.Hours), ct));

    /// <summary>A price of its own or a discount (Managers and Owners); all left out gives back the rates' price.</summary>
    static async Task<Ok<SessionDto>> SetPrice(Guid id, SetSessionPriceCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command with { Id = id }, ct));

    /// <summary>A deposit received (Managers and Owners): once paid, the deposit's due time releases nothing.</summary>
    static async Task<Ok<SessionDto>> RecordDeposit(Guid id, RecordDepositCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command with { SessionId = id }, ct));

    /// <summary>What cancelling now would cost the client under the studio's terms (fee, deposit kept), to show before cancelling.</summary>
    static async Task<Ok<CancellationTerms>> Cancellation(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCancellationTermsQuery(id), ct));

    static async Task<Ok<SessionDto>> Complete(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CompleteSessionCommand(id), ct));
}
