using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.GetUpcomingSessions;

/// <summary>The next tentative or confirmed sessions that have not ended yet, soonest first.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetUpcomingSessionsQuery(int Limit = 10, Guid? RoomId = null, Guid? ClientId = null, Guid? EngineerId = null)
    : IQuery<IReadOnlyList<SessionDto>>;

public sealed class GetUpcomingSessionsQueryHandler(IReadRepository<Session> sessions, TimeProvider clock)
    : IQueryHandler<GetUpcomingSessionsQuery, IReadOnlyList<SessionDto>>
{
    public async ValueTask<IReadOnlyList<SessionDto>> Handle(GetUpcomingSessionsQuery query, CancellationToken ct) =>
        (await sessions.ListAsync(new UpcomingSessionsSpec(clock.GetUtcNow(), query.Limit, query.RoomId, query.ClientId, query.EngineerId), ct))
            .Adapt<List<SessionDto>>();
}
