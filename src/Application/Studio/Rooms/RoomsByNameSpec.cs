using Ardalis.Specification;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Rooms;

public sealed class RoomsByNameSpec : Specification<Room>
{
    public RoomsByNameSpec(bool includeInactive)
    {
        if (!includeInactive) Query.Where(r => r.IsActive);
        Query.OrderBy(r => r.Name).AsNoTracking();
    }
}
