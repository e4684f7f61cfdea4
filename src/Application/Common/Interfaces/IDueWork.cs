namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>
/// Wake-ups for timed work on a studio's records (a hold's expiry, a session's reminder), kept by the platform for
/// every studio: background work reads only what is due, never every studio's database. A wake-up says "look at this
/// session then"; what happens is decided from the session as it is at that time, so a stale one does nothing.
/// </summary>
public interface IDueWork
{
    /// <summary>Asks for <paramref name="sessionId"/> of the current studio to be looked at when <paramref name="dueAt"/> comes.</summary>
    Task ScheduleAsync(Guid sessionId, DateTimeOffset dueAt, CancellationToken ct);
}
