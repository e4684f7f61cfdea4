using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.GetUpcomingSessions;

/// <summary>The tentative or confirmed sessions that have not ended yet, soonest first, a page at a time.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetUpcomingSessionsQuery(Guid? RoomId = null, Guid? ClientId = null, Guid? EngineerId = null,
    int Page = 1, int PageSize = 10) : IQuery<PagedResult<SessionDto>>;

public sealed class GetUpcomingSessionsQueryHandler(IReadRepository<Session> sessions, TimeProvider clock)
    : IQueryHandler<GetUpcomingSessionsQuery, PagedResult<SessionDto>>
{
    public async ValueTask<PagedResult<SessionDto>> Handle(GetUpcomingSessionsQuery query, CancellationToken ct) =>
        await sessions.PageAsync<Session, SessionDto>(
            new UpcomingSessionsSpec(clock.GetUtcNow(), query.RoomId, query.ClientId, query.EngineerId, query.Page, query.PageSize),
            query.Page, query.PageSize, ct);
}
