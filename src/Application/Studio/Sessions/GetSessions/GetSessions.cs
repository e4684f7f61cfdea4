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
    public async ValueTask<PagedResult<SessionDto>> Handle(GetSessionsQuery query, CancellationToken ct) =>
        await sessions.PageAsync<Session, SessionDto>(
            new SessionsFilterSpec(query.From, query.To, query.RoomId, query.ClientId, query.EngineerId, query.Status, query.Page, query.PageSize),
            query.Page, query.PageSize, ct);
}
