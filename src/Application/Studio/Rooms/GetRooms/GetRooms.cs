using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Rooms.GetRooms;

/// <summary>The studio's rooms by name, a page at a time.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetRoomsQuery(bool IncludeInactive = false, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<RoomDto>>;

public sealed class GetRoomsQueryHandler(IReadRepository<Room> rooms) : IQueryHandler<GetRoomsQuery, PagedResult<RoomDto>>
{
    public async ValueTask<PagedResult<RoomDto>> Handle(GetRoomsQuery query, CancellationToken ct) =>
        await rooms.PageAsync<Room, RoomDto>(new RoomsByNameSpec(query.IncludeInactive, query.Page, query.PageSize), query.Page, query.PageSize, ct);
}
