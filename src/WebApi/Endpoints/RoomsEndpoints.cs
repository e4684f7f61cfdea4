using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Rooms.CreateRoom;
using RecordingStudio.Application.Studio.Rooms.GetRoom;
using RecordingStudio.Application.Studio.Rooms.GetRooms;
using RecordingStudio.Application.Studio.Rooms.UpdateRoom;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

public sealed class RoomsEndpoints : IEndpointGroup
{
    public static string Description => "The studio's rooms: rates, booking rules, opening hours.";

    public static string Prefix => "/api/rooms";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create);
        group.MapPut("/{id:guid}", Update);
    }

    static async Task<Ok<PagedResult<RoomDto>>> List([AsParameters] GetRoomsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    static async Task<Ok<RoomDto>> Get(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetRoomQuery(id), ct));

    static async Task<Created<RoomDto>> Create(CreateRoomCommand command, ISender sender, CancellationToken ct)
    {
        var room = await sender.Send(command, ct);
        return TypedResults.Created($"{Prefix}/{room.Id}", room);
    }

    static async Task<Ok<RoomDto>> Update(Guid id, UpdateRoomCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command with { Id = id }, ct));
}
