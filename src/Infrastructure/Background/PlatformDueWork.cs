using Microsoft.EntityFrameworkCore;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Common;
using RecordingStudio.Infrastructure.Persistence.Platform;

namespace RecordingStudio.Infrastructure.Background;

/// <summary>Writes the current studio's wake-ups to the platform's due_work table (one per record and moment).</summary>
public sealed class PlatformDueWork(PlatformDbContext platform, ITenantContext tenant) : IDueWork
{
    public async Task ScheduleAsync(Guid sessionId, DateTimeOffset dueAt, CancellationToken ct)
    {
        var studio = tenant.Tenant ?? throw new InvalidOperationException("Timed work belongs to a studio; none is entered.");
        await platform.Database.ExecuteSqlAsync($"""
            INSERT INTO due_work (organization_id, subject_id, due_at, attempts)
            VALUES ({studio.OrganizationId}, {sessionId}, {dueAt.ToStoredPrecision()}, 0)
            ON CONFLICT (organization_id, subject_id, due_at) DO NOTHING
            """, ct);
    }
}
