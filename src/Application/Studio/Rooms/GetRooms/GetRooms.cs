using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Rooms.GetRooms;

[RequiresAccess(Access.ReadStudio)]
public sealed record GetRoomsQuery(bool IncludeInactive = false) : IQuery<IReadOnlyList<RoomDto>>;

public sealed class GetRoomsQueryHandler(IReadRepository<Room> rooms) : IQueryHandler<GetRoomsQuery, IReadOnlyList<RoomDto>>
{
    public async ValueTask<IReadOnlyList<RoomDto>> Handle(GetRoomsQuery query, CancellationToken ct) =>
        (await rooms.ListAsync(new RoomsByNameSpec(query.IncludeInactive), ct)).Adapt<List<RoomDto>>();
}
