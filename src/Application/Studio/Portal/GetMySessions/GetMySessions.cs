using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.GetMySessions;

/// <summary>The signed-in client's own sessions: upcoming soonest first, past most recent first.</summary>
[RequiresAccess(Access.Portal)]
public sealed record GetMySessionsQuery : IQuery<MySessionsDto>;

public sealed record MySessionsDto(IReadOnlyList<PortalSessionDto> Upcoming, IReadOnlyList<PortalSessionDto> Past);

/// <summary>A session as its client sees it: no internal notes.</summary>
public sealed record PortalSessionDto(Guid Id, Guid RoomId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, SessionStatus Status, string? Title);

public sealed class GetMySessionsQueryHandler(IReadRepository<Session> sessions, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetMySessionsQuery, MySessionsDto>
{
    private const int Limit = 100;

    public async ValueTask<MySessionsDto> Handle(GetMySessionsQuery query, CancellationToken ct)
    {
        var clientId = user.RequireClientId();
        var now = clock.GetUtcNow();
        var upcoming = await sessions.ListAsync(new ClientSessionsSpec(clientId, now, upcoming: true, Limit), ct);
        var past = await sessions.ListAsync(new ClientSessionsSpec(clientId, now, upcoming: false, Limit), ct);
        return new MySessionsDto(upcoming.Adapt<List<PortalSessionDto>>(), past.Adapt<List<PortalSessionDto>>());
    }
}
