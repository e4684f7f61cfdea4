using Ardalis.Specification;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Engineers;

public sealed class EngineersByNameSpec : Specification<Engineer>
{
    public EngineersByNameSpec(bool includeInactive)
    {
        if (!includeInactive) Query.Where(e => e.IsActive);
        Query.OrderBy(e => e.Name).AsNoTracking();
    }
}
