using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.CheckAvailability;

/// <summary>Is the room and/or engineer free between two instants (the room with its turnover after)? If not, which sessions are in the way.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record CheckAvailabilityQuery(Guid? RoomId, Guid? EngineerId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, Guid? ExcludeSessionId = null)
    : IQuery<AvailabilityDto>;

public sealed record AvailabilityDto(bool IsAvailable, IReadOnlyList<SessionDto> Conflicts);

public sealed class CheckAvailabilityQueryHandler(IReadRepository<Session> sessions, IReadRepository<Room> rooms, IReadRepository<Engineer> engineers)
    : IQueryHandler<CheckAvailabilityQuery, AvailabilityDto>
{
    public async ValueTask<AvailabilityDto> Handle(CheckAvailabilityQuery query, CancellationToken ct)
    {
        var turnover = query.RoomId is { } roomId ? (await rooms.GetOrThrowAsync(roomId, ct)).Rules.Turnover : TimeSpan.Zero;
        if (query.EngineerId is { } engineerId) await engineers.GetOrThrowAsync(engineerId, ct);
        var blocking = await sessions.ListAsync(new SessionsBlockingSlotSpec(query.RoomId, query.EngineerId,
            new TimeSlot(query.StartsAt, query.EndsAt), query.EndsAt + turnover, query.ExcludeSessionId), ct);
        return new AvailabilityDto(blocking.Count == 0, blocking.Adapt<List<SessionDto>>());
    }
}
