using Microsoft.EntityFrameworkCore;
using Npgsql;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;

namespace RecordingStudio.Infrastructure.Persistence.Studio;

/// <summary>
/// Transaction-scoped PostgreSQL advisory locks in the studio's own database, one per resource id. Taken in a fixed
/// order, so two requests locking the same room and engineer never wait on each other in a cycle; released at commit.
/// </summary>
public sealed class AdvisoryResourceLocks(StudioDbContext db) : IResourceLocks
{
    public async Task RunExclusiveAsync(IReadOnlyCollection<Guid> resources, Func<Task> work, CancellationToken ct, bool overlapsAtCommit = false)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // Inside a caller's transaction: the locks last until that one ends, and so does the work's fate.
            await LockAsync(resources, ct);
            await DeferOverlapsAsync(overlapsAtCommit, ct);
            await work();
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(resources, ct);
        await DeferOverlapsAsync(overlapsAtCommit, ct);
        await work();
        try
        {
            await transaction.CommitAsync(ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ExclusionViolation)
        {
            throw new BookingOverlapException(ex.ConstraintName ?? "exclusion", ex);
        }
    }

    /// <summary>The constraints are DEFERRABLE INITIALLY IMMEDIATE (migration DeferrableOverlaps): deferred for this transaction only.</summary>
    private async Task DeferOverlapsAsync(bool overlapsAtCommit, CancellationToken ct)
    {
        if (overlapsAtCommit)
            await db.Database.ExecuteSqlRawAsync("SET CONSTRAINTS ex_sessions_room_no_overlap, ex_sessions_engineer_no_overlap DEFERRED", ct);
    }

    private async Task LockAsync(IReadOnlyCollection<Guid> resources, CancellationToken ct)
    {
        foreach (var key in resources.Select(LockKey).Distinct().Order())
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
    }

    /// <summary>64 bits of the id: a rare collision only makes two unrelated bookings wait for each other.</summary>
    public static long LockKey(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
