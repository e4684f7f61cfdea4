using Ardalis.Specification;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Clients;

/// <summary>Clients whose name, artist name, e-mail or phone contains the search text, by name.</summary>
public sealed class ClientsMatchingSearchSpec : Specification<Client>
{
    public ClientsMatchingSearchSpec(string? search, bool includeArchived, int page = 1, int pageSize = Paging.MaxPageSize)
    {
        if (!includeArchived) Query.Where(c => !c.IsArchived);
        var term = search?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(term))
            Query.Where(c => c.Name.ToLower().Contains(term)
                || (c.ArtistName != null && c.ArtistName.ToLower().Contains(term))
                || (c.Email != null && c.Email.Contains(term))
                || (c.Phone != null && c.Phone.Contains(term)));
        Query.OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .AsNoTracking();
    }
}
