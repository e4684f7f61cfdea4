using System.Linq.Expressions;

namespace RecordingStudio.Domain.Studio;

public enum SessionStatus
{
    Tentative,
    Confirmed,
    Completed,
    Cancelled,
    NoShow,
    /// <summary>Pencilled in behind or ahead of other holds of the same slot: does not block them, blocks confirmed bookings.</summary>
    Hold,
    /// <summary>A hold given up by the studio or the client, or one that expired: frees its place in the queue.</summary>
    Released,
}

public static class SessionStatusRules
{
    /// <summary>Only cancelled sessions and released holds free their room and engineer; a no-show still held the slot.</summary>
    public static bool BlocksSchedule(this SessionStatus status) => status is not (SessionStatus.Cancelled or SessionStatus.Released);

    /// <summary><see cref="BlocksSchedule"/> as a query filter the database runs: the sessions still in the schedule.</summary>
    public static readonly Expression<Func<Session, bool>> InSchedule =
        s => s.Status != SessionStatus.Cancelled && s.Status != SessionStatus.Released;

    public static bool IsOpen(this SessionStatus status) => status is SessionStatus.Tentative or SessionStatus.Confirmed or SessionStatus.Hold;
}
