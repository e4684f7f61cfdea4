using Ardalis.Specification;
using FluentValidation;
using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.GetUpcomingSessions;

/// <summary>The next tentative or confirmed sessions that have not ended yet, soonest first.</summary>
public sealed record GetUpcomingSessionsQuery(int Limit = 10, Guid? RoomId = null, Guid? ClientId = null, Guid? EngineerId = null)
    : IQuery<IReadOnlyList<SessionDto>>;

public sealed class UpcomingSessionsSpec : Specification<Session>
{
    public UpcomingSessionsSpec(DateTimeOffset now, int limit, Guid? roomId, Guid? clientId, Guid? engineerId)
    {
        Query.Where(s => s.EndsAt > now && (s.Status == SessionStatus.Confirmed || s.Status == SessionStatus.Tentative));
        if (roomId is { } room) Query.Where(s => s.RoomId == room);
        if (clientId is { } client) Query.Where(s => s.ClientId == client);
        if (engineerId is { } engineer) Query.Where(s => s.EngineerId == engineer);
        Query.OrderBy(s => s.StartsAt).Take(limit).AsNoTracking();
    }
}

public sealed class GetUpcomingSessionsQueryHandler(IReadRepository<Session> sessions, TimeProvider clock)
    : IQueryHandler<GetUpcomingSessionsQuery, IReadOnlyList<SessionDto>>
{
    public async ValueTask<IReadOnlyList<SessionDto>> Handle(GetUpcomingSessionsQuery query, CancellationToken ct) =>
        (await sessions.ListAsync(new UpcomingSessionsSpec(clock.GetUtcNow(), query.Limit, query.RoomId, query.ClientId, query.EngineerId), ct))
            .Adapt<List<SessionDto>>();
}

public sealed class GetUpcomingSessionsQueryValidator : AbstractValidator<GetUpcomingSessionsQuery>
{
    public GetUpcomingSessionsQueryValidator() => RuleFor(x => x.Limit).InclusiveBetween(1, 100);
}
