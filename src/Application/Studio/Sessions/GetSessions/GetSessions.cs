using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.GetSessions;

[RequiresAccess(Access.ReadStudio)]
public sealed record GetSessionsQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    Guid? RoomId = null,
    Guid? ClientId = null,
    Guid? EngineerId = null,
    SessionStatus? Status = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<SessionDto>>;

public sealed class GetSessionsQueryHandler(IReadRepository<Session> sessions) : IQueryHandler<GetSessionsQuery, PagedResult<SessionDto>>
{
    public async ValueTask<PagedResult<SessionDto>> Handle(GetSessionsQuery query, CancellationToken ct)
    {
        var spec = new SessionsFilterSpec(query.From, query.To, query.RoomId, query.ClientId, query.EngineerId, query.Status, query.Page, query.PageSize);
        var items = await sessions.ListAsync(spec, ct);
        var total = await sessions.CountAsync(spec, ct);
        return new PagedResult<SessionDto>(items.Adapt<List<SessionDto>>(), total, query.Page, query.PageSize);
    }
}
