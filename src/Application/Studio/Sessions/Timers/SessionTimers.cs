using Microsoft.Extensions.Logging;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Studio.Sessions.Holds;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.Timers;

/// <summary>
/// A session's timed work: a hold released when it expires (the next one promoted), a session whose deposit is unpaid
/// at its due time released (a hold) or cancelled, and the reminder before a booked session (Settings.ReminderHours;
/// none for a session booked later than that). Commands schedule it when they change
/// a session; the background runner calls <see cref="RunDueAsync"/> when the time comes.
/// </summary>
public sealed class SessionTimers(
    IRepository<Session> sessions,
    IReadRepository<StudioSettings> settings,
    IDueWork due,
    IResourceLocks locks,
    HoldQueue queue,
    SessionNotifications notifications,
    TimeProvider clock,
    ILogger<SessionTimers> logger)
{
    /// <summary>
    /// Writes the wake-ups the session needs, before the change is saved: should the save fail (or the process stop
    /// between the two), a wake-up finds nothing to do, while one written after could be lost. One that cannot be
    /// written is logged and does not stop the change: a missed reminder is not sent, and a hold past its expiry
    /// cannot be confirmed anyway.
    /// </summary>
    public async Task ScheduleAsync(Session session, CancellationToken ct)
    {
        try
        {
            if (session.HoldExpiresAt is { } expiry && session.IsHold)
                await due.ScheduleAsync(session.Id, expiry, ct);
            if (await DepositDueAtAsync(session, ct) is { } depositDue)
                await due.ScheduleAsync(session.Id, depositDue, ct);
            if (await ReminderAtAsync(session, ct) is { } remindAt && remindAt > clock.GetUtcNow())
                await due.ScheduleAsync(session.Id, remindAt, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not schedule the timed work of session {Session}", session.Id);
        }
    }

    /// <summary>
    /// Does what is due for the session now, once: under the lock of its room, from the session as stored, so two
    /// runners woken for it (two app instances, or a wake-up written twice) find the work done by the first.
    /// </summary>
    public async Task RunDueAsync(Guid sessionId, CancellationToken ct)
    {
        if (await sessions.GetByIdAsync(sessionId, ct) is not { } found) return;
        var roomId = found.RoomId;
        sessions.Forget(found); // read again under the lock, as it is then
        var now = clock.GetUtcNow();
        Session? session = null;
        SessionChange? happened = null;
        var moved = new List<(Session Hold, SessionChange Change)>();
        await locks.RunExclusiveAsync([roomId], async () =>
        {
            session = await sessions.GetByIdAsync(sessionId, ct);
            if (session is null) return;
            if (session.HoldHasExpired(now) || session.DepositOverdue(now))
            {
                happened = session.IsHold && session.HoldHasExpired(now) ? SessionChange.Expired : SessionChange.DepositUnpaid;
                if (session.IsHold) session.Release();
                else session.Cancel(now: now);
                await sessions.SaveChangesAsync(ct);
                moved = await queue.RankAgainAsync(session.RoomId, session.Slot, ct); // in the same transaction
                return;
            }
            if (session.DepositDueAt > now && !session.DepositIsPaid && session.Status.IsOpen())
                await due.ScheduleAsync(session.Id, session.DepositDueAt.Value, ct); // woken early (scheduled before it was booked): again when due
            if (await ReminderAtAsync(session, ct) is not { } remindAt || now >= session.StartsAt) return;
            if (remindAt > now)
            {
                // Not yet: the studio's reminder hours were lowered since this wake-up was written.
                await due.ScheduleAsync(session.Id, remindAt, ct);
                return;
            }
            session.MarkReminderSent(now);
            happened = SessionChange.Reminder;
            await sessions.SaveChangesAsync(ct);
        }, ct);

        if (session is null || happened is not { } change) return;
        await notifications.SendAsync(session, change, CancellationToken.None);
        await queue.TellAsync(moved);
    }

    /// <summary>
    /// When the session's deposit is due unpaid: as asked, or — scheduled before the booking asks it — as the studio's
    /// policy will ask it now (a wake-up a moment early finds it not yet due and asks to be woken again).
    /// </summary>
    private async Task<DateTimeOffset?> DepositDueAtAsync(Session session, CancellationToken ct)
    {
        if (!session.Status.IsOpen()) return null;
        if (session.DepositAmount is not null) return session.DepositIsPaid ? null : session.DepositDueAt;
        return (await settings.GetStudioSettingsAsync(ct)).Deposit?.DueAt(clock.GetUtcNow(), session.StartsAt);
    }

    /// <summary>When the client and engineer of a booked session are reminded of it; null when they are not.</summary>
    private async Task<DateTimeOffset?> ReminderAtAsync(Session session, CancellationToken ct)
    {
        if (session.Status is not (SessionStatus.Confirmed or SessionStatus.Tentative) || session.ReminderSentAt is not null) return null;
        var hours = (await settings.GetStudioSettingsAsync(ct)).ReminderHours;
        return hours == 0 ? null : session.StartsAt.AddHours(-hours);
    }
}
