namespace RecordingStudio.Application.Common.Persistence;

/// <summary>
/// Serializes work on the same bookable resources (a room, an engineer) across concurrent requests of a studio.
/// Check-then-save of a booking runs inside: without it, simultaneous overlapping inserts make PostgreSQL's
/// exclusion constraint wait on each other and resolve the cycles one deadlock (one second) at a time.
/// </summary>
public interface IResourceLocks
{
    /// <summary>Runs <paramref name="work"/> in one transaction holding the locks of <paramref name="resources"/>; committed when it returns.</summary>
    /// <param name="overlapsAtCommit">
    /// The no-overlap constraints are checked at commit rather than row by row: sessions moved together (a series a week
    /// later) may each take a slot another of them leaves. A violation at commit is a BookingOverlapException as ever.
    /// </param>
    Task RunExclusiveAsync(IReadOnlyCollection<Guid> resources, Func<Task> work, CancellationToken ct, bool overlapsAtCommit = false);
}
