using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.BookingRequests;
using RecordingStudio.Application.Studio.BookingRequests.AcceptBookingRequest;
using RecordingStudio.Application.Studio.BookingRequests.DeclineBookingRequest;
using RecordingStudio.Application.Studio.BookingRequests.GetBookingRequests;
using RecordingStudio.Domain.Studio;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

public sealed record AcceptRequest(Guid? RoomId = null, Guid? EngineerId = null);

public sealed record DeclineRequest(string? Message);

/// <summary>The staff's side of the clients' booking requests: the list, accept (books it), decline (with a message).</summary>
public sealed class BookingRequestsEndpoints : IEndpointGroup
{
    public static string Description => "The staff's side of the clients' booking requests: the list, accept (books it), decline (with a message).";

    public static string Prefix => "/api/booking-requests";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/", List);
        group.MapPost("/{id:guid}/accept", Accept);
        group.MapPost("/{id:guid}/decline", Decline);
    }

    /// <summary>Pending requests unless <c>status</c> (pending, accepted, declined) says otherwise.</summary>
    static async Task<Ok<PagedResult<BookingRequestDto>>> List(string? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetBookingRequestsQuery(EnumQuery.Parse<BookingRequestStatus>(status, "Status") ?? BookingRequestStatus.Pending,
            page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));

    static async Task<Ok<BookingRequestDto>> Accept(Guid id, AcceptRequest? request, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AcceptBookingRequestCommand(id, request?.RoomId, request?.EngineerId), ct));

    static async Task<Ok<BookingRequestDto>> Decline(Guid id, DeclineRequest request, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new DeclineBookingRequestCommand(id, request.Message), ct));
}
