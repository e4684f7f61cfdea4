using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants;

public static class StudioLookup
{
    /// <summary>The (not deleted) studio an operator named, in any letter case; 404 when there is none.</summary>
    public static async Task<Organization> GetStudioAsync(this IReadRepository<Organization> organizations, string subdomain, CancellationToken ct)
    {
        var normalized = Subdomain.Normalize(subdomain);
        return await organizations.FirstOrDefaultAsync(new OrganizationBySubdomainSpec(normalized), ct)
               ?? throw new NotFoundException("Studio", normalized);
    }
}
