using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.BookingRequests.GetRequestableRooms;

/// <summary>The rooms a client may ask for in the portal (the active ones, by name): names only, no rates or rules.</summary>
[RequiresAccess(Access.Portal)]
public sealed record GetRequestableRoomsQuery(int Page = 1, int PageSize = Paging.MaxPageSize) : IQuery<PagedResult<RoomChoiceDto>>;

public sealed record RoomChoiceDto(Guid Id, string Name, string? Description);

public sealed class RequestableRoomsSpec : Specification<Room, RoomChoiceDto>
{
    public RequestableRoomsSpec(int page, int pageSize)
    {
        Query.Where(r => r.IsActive).OrderBy(r => r.Name).ThenBy(r => r.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize).AsNoTracking();
        Query.Select(r => new RoomChoiceDto(r.Id, r.Name, r.Description));
    }
}

public sealed class GetRequestableRoomsQueryHandler(IReadRepository<Room> rooms) : IQueryHandler<GetRequestableRoomsQuery, PagedResult<RoomChoiceDto>>
{
    public async ValueTask<PagedResult<RoomChoiceDto>> Handle(GetRequestableRoomsQuery query, CancellationToken ct) =>
        await rooms.PageAsync(new RequestableRoomsSpec(query.Page, query.PageSize), query.Page, query.PageSize, ct);
}
