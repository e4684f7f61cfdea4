using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Rooms.GetRoom;

/// <summary>One room, active or not; 404 when the studio has none with that id.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetRoomQuery(Guid Id) : IQuery<RoomDto>;

public sealed class GetRoomQueryHandler(IReadRepository<Room> rooms) : IQueryHandler<GetRoomQuery, RoomDto>
{
    public async ValueTask<RoomDto> Handle(GetRoomQuery query, CancellationToken ct) =>
        (await rooms.GetOrThrowAsync(query.Id, ct)).Adapt<RoomDto>();
}
