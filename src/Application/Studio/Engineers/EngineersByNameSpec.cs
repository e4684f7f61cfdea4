using Ardalis.Specification;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Engineers;

/// <summary>By name; the whole list unless a page size is given.</summary>
public sealed class EngineersByNameSpec : Specification<Engineer>
{
    public EngineersByNameSpec(bool includeInactive, int page = 1, int? pageSize = null)
    {
        if (!includeInactive) Query.Where(x => x.IsActive);
        Query.OrderBy(x => x.Name).ThenBy(x => x.Id).AsNoTracking();
        if (pageSize is { } size) Query.Skip(Paging.Skip(page, size)).Take(size);
    }
}
