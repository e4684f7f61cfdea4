using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Studio.Sessions.Timers;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

/// <summary>
/// Confirms a hold or a tentative session, the one way it is done (a staff member's confirmation, a client's accepted
/// quote): refused once the hold has expired, booked through the conflict checker at the price it was held at, its
/// timers rescheduled and its people told.
/// </summary>
public sealed class SessionConfirmation(BookingConflictChecker booking, SessionTimers timers, SessionNotifications notifications, TimeProvider clock)
{
    public async Task ConfirmAsync(Session session, CancellationToken ct)
    {
        // Refused even if the background work has not released it yet (it runs every few seconds).
        if (session.HoldHasExpired(clock.GetUtcNow()))
            throw new ConflictException("hold_expired", "The hold expired at {0:u}; place a new one.", session.HoldExpiresAt);
        session.Confirm();
        await timers.ScheduleAsync(session, CancellationToken.None);
        await booking.BookAsync(session, ct, reprice: false); // confirmed at the price it was held or pencilled in at
        await notifications.SendAsync(session, SessionChange.Confirmed, CancellationToken.None);
    }
}
