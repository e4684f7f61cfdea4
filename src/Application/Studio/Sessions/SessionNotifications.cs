using Microsoft.Extensions.Logging;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

public enum SessionChange
{
    Booked,
    Moved,
    Cancelled,
}

/// <summary>
/// Tells the client and the engineer (those with an e-mail address) that a session was booked, moved or cancelled,
/// each with a calendar invitation for it. Sent after the change is saved; a message that cannot be sent is logged and
/// does not undo the change.
/// </summary>
public sealed class SessionNotifications(
    IReadRepository<Client> clients,
    IReadRepository<Engineer> engineers,
    IReadRepository<Room> rooms,
    IReadRepository<StudioSettings> settings,
    ITenantContext tenant,
    IEmailSender email,
    ICalendarFileWriter calendars,
    ILogger<SessionNotifications> logger)
{
    /// <param name="previousEngineerId">For a move: the engineer before it. One taken off the session gets a cancellation, one put on it a booking.</param>
    /// <param name="ct">Not the request's: the change is saved, so its notices go out even if the caller has gone.</param>
    public async Task SendAsync(Session session, SessionChange change, CancellationToken ct, Guid? previousEngineerId = null)
    {
        try
        {
            await SendToEachAsync(session, change, previousEngineerId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The change is saved: a notice that cannot be prepared must not turn the answer into an error.
            logger.LogWarning(ex, "Could not prepare the notices for session {Session} ({Change})", session.Id, change);
        }
    }

    private async Task SendToEachAsync(Session session, SessionChange change, Guid? previousEngineerId, CancellationToken ct)
    {
        var client = await clients.GetByIdAsync(session.ClientId, ct);
        var engineer = session.EngineerId is { } id ? await engineers.GetByIdAsync(id, ct) : null;
        var recipients = new List<(string Name, string Address, string? Other, SessionChange Change)>();
        if (client?.Email is { } clientEmail) recipients.Add((client.Name, clientEmail, engineer is null ? null : $"Engineer: {engineer.Name}", change));
        if (engineer?.Email is { } engineerEmail)
        {
            // An engineer put on the session by a move hears of it as a booking.
            var theirs = change == SessionChange.Moved && previousEngineerId != engineer.Id ? SessionChange.Booked : change;
            recipients.Add((engineer.Name, engineerEmail, client is null ? null : $"Client: {client.Name}", theirs));
        }
        if (change == SessionChange.Moved && previousEngineerId is { } previous && previous != session.EngineerId
            && await engineers.GetByIdAsync(previous, ct) is { Email: { } formerEmail } former)
            recipients.Add((former.Name, formerEmail, client is null ? null : $"Client: {client.Name}", SessionChange.Cancelled));
        if (recipients.Count == 0) return; // nobody to tell: no more reads on the booking's request

        var studio = await settings.GetStudioSettingsAsync(ct);
        var subdomain = tenant.Tenant?.Subdomain ?? "studio";
        var room = (await rooms.GetByIdAsync(session.RoomId, ct))?.Name;
        var when = StudioTime.When(session.StartsAt, session.EndsAt, studio.Calendar);
        var title = session.Title ?? "Session";
        var tentative = session.Status == SessionStatus.Tentative;
        foreach (var (name, address, other, theirChange) in recipients)
        {
            var cancelled = theirChange == SessionChange.Cancelled;
            var (subject, lead) = theirChange switch
            {
                SessionChange.Booked when tentative => ($"Pencilled in: {title}, {when}", "A session is pencilled in for you (not confirmed yet)."),
                SessionChange.Booked => ($"Booked: {title}, {when}", "Your session is booked."),
                SessionChange.Moved => ($"Moved: {title}, {when}", "Your session has moved."),
                _ when change == SessionChange.Moved => ($"Cancelled: {title}, {when}", "You are no longer on this session."),
                _ => ($"Cancelled: {title}, {when}", "Your session is cancelled."),
            };
            var invitation = calendars.WriteInvitation(new CalendarInvitation(cancelled ? "CANCEL" : "REQUEST",
                $"{session.Id}@{subdomain}", session.Sequence, studio.TimeZone, session.StartsAt, session.EndsAt,
                $"{title} at {studio.StudioName}", room, other, studio.StudioName, name, address, Tentative: tentative && !cancelled));
            var body = $"{lead}\n\n{title}\n{when} ({studio.TimeZone})\n{room}" + (other is null ? "" : $"\n{other}") + $"\n\n{studio.StudioName}";
            try
            {
                await email.SendAsync(new EmailMessage(address, subject, body, new EmailCalendar(cancelled ? "CANCEL" : "REQUEST", invitation)), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not tell {Recipient} that session {Session} was {Change}", address, session.Id, theirChange);
            }
        }
    }
}
