using Microsoft.EntityFrameworkCore;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Infrastructure.Persistence.Platform;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>One catalog update per sign-in at most once a minute per studio: cheap enough for the sign-in path.</summary>
public sealed class StudioActivity(PlatformDbContext catalog, TimeProvider clock) : IStudioActivity
{
    public async Task RecordAsync(Guid organizationId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var minuteAgo = now.AddMinutes(-1);
        await catalog.Organizations
            .Where(o => o.Id == organizationId && (o.LastActivityAt == null || o.LastActivityAt < minuteAgo))
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.LastActivityAt, now), ct);
    }
}
