using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.CheckAvailability;

/// <summary>Is the room and/or engineer free between two instants (the room with its turnover after)? If not, which sessions are in the way.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record CheckAvailabilityQuery(Guid? RoomId, Guid? EngineerId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, Guid? ExcludeSessionId = null)
    : IQuery<AvailabilityDto>;

/// <summary>Free or not; when not, the sessions in the way, or — when the room's own rules refuse the slot — why (code and sentence).</summary>
public sealed record AvailabilityDto(bool IsAvailable, IReadOnlyList<SessionDto> Conflicts, string? ReasonCode = null, string? Reason = null);

public sealed class CheckAvailabilityQueryHandler(
    IReadRepository<Session> sessions,
    IReadRepository<Room> rooms,
    IReadRepository<Engineer> engineers,
    IReadRepository<StudioSettings> settings) : IQueryHandler<CheckAvailabilityQuery, AvailabilityDto>
{
    public async ValueTask<AvailabilityDto> Handle(CheckAvailabilityQuery query, CancellationToken ct)
    {
        var slot = new TimeSlot(query.StartsAt, query.EndsAt); // in UTC, as the database takes it
        var room = query.RoomId is { } roomId ? await rooms.GetOrThrowAsync(roomId, ct) : null;
        if (query.EngineerId is { } engineerId) await engineers.GetOrThrowAsync(engineerId, ct);
        // The same answer a booking would get: the room's own rules first, then the sessions in the way.
        if (room is not null && await RoomRuleRefusals.ForAsync(room, slot, settings, ct) is { } refusal)
            return new AvailabilityDto(false, [], refusal.Code, refusal.Sentence());
        var turnover = room?.Rules.Turnover ?? TimeSpan.Zero;
        var probe = new Session(Guid.Empty, query.RoomId ?? Guid.Empty, query.EngineerId, slot, null, null);
        probe.HoldRoomFor(turnover);
        var candidates = await sessions.ListAsync(new SessionsBlockingSlotSpec(query.RoomId, query.EngineerId,
            slot, query.ExcludeSessionId, turnover), ct);
        var blocking = candidates.Where(other => probe.CollidesWith(other, turnover)).ToList();
        return new AvailabilityDto(blocking.Count == 0, blocking.Adapt<List<SessionDto>>());
    }
}
