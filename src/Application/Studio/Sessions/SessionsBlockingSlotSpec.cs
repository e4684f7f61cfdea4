using Ardalis.Specification;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

/// <summary>
/// Sessions that hold the room or the engineer at some time inside [start, end): the same rule as the
/// database's exclusion constraints (half-open ranges, cancelled sessions ignored).
/// </summary>
public sealed class SessionsBlockingSlotSpec : Specification<Session>
{
    public SessionsBlockingSlotSpec(Guid? roomId, Guid? engineerId, TimeSlot slot, Guid? excludeSessionId = null)
    {
        var (start, end) = (slot.Start, slot.End);
        Query.Where(s => s.Status != SessionStatus.Cancelled && s.StartsAt < end && start < s.EndsAt)
            .Where(s => (roomId != null && s.RoomId == roomId) || (engineerId != null && s.EngineerId == engineerId));
        if (excludeSessionId is { } excluded) Query.Where(s => s.Id != excluded);
        Query.OrderBy(s => s.StartsAt).AsNoTracking();
    }
}
