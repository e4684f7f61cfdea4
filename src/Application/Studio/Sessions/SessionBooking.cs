using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Studio.Sessions.Timers;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

/// <summary>
/// Books a new session the one way every use case does (the API, pages, assistant, an accepted client request):
/// checked and saved by the <see cref="BookingConflictChecker"/>, its timed work scheduled, its people told.
/// </summary>
public sealed class SessionBooking(IRepository<Session> sessions, BookingConflictChecker booking, SessionTimers timers, SessionNotifications notifications)
{
    public async Task BookAsync(Session session, CancellationToken ct)
    {
        sessions.Add(session);
        await timers.ScheduleAsync(session, CancellationToken.None);
        await booking.BookAsync(session, ct);
        await notifications.SendAsync(session, SessionChange.Booked, CancellationToken.None);
    }
}
