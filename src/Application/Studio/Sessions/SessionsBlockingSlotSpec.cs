using Ardalis.Specification;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

/// <summary>
/// Sessions that could stand in the way of one booked in [start, end): those of the room whose time with its turnover
/// meets [start, end + the room's turnover), and those of the engineer that meet [start, end) — the same rule as the
/// database's exclusion constraints (half-open ranges, cancelled sessions and released holds ignored). The domain's CollidesWith decides.
/// </summary>
public sealed class SessionsBlockingSlotSpec : Specification<Session>
{
    public SessionsBlockingSlotSpec(Guid? roomId, Guid? engineerId, TimeSlot slot, Guid? excludeSessionId = null, TimeSpan roomTurnover = default)
    {
        var (start, end, held) = (slot.Start, slot.End, slot.End + roomTurnover);
        // A session booked under a shorter turnover still holds the room for the turnover it has now.
        var endedBefore = start - roomTurnover;
        Query.Where(SessionStatusRules.InSchedule)
            .Where(s => (roomId != null && s.RoomId == roomId && s.StartsAt < held && (start < s.RoomHeldUntil || endedBefore < s.EndsAt))
                        || (engineerId != null && s.EngineerId == engineerId && s.StartsAt < end && start < s.EndsAt));
        if (excludeSessionId is { } excluded) Query.Where(s => s.Id != excluded);
        Query.OrderBy(s => s.StartsAt).AsNoTracking();
    }
}
