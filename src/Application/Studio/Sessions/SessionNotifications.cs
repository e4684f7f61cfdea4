using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

public enum SessionChange
{
    /// <summary>Booked, pencilled in, or held (the session's status says which).</summary>
    Booked,
    Moved,
    Cancelled,
    Confirmed,
    /// <summary>A hold became the 1st of its slot.</summary>
    Promoted,
    /// <summary>A 1st hold is 1st no more: another session now stands ahead of it.</summary>
    PushedBack,
    /// <summary>The 1st hold was challenged: its expiry was brought forward.</summary>
    Challenged,
    Released,
    Expired,
    Reminder,
    /// <summary>Released or cancelled: its deposit was not received by its due time.</summary>
    DepositUnpaid,
}

/// <summary>
/// Tells the client and the engineer (those with an e-mail address) that a session was booked, moved or cancelled, a
/// hold promoted, challenged, released or expired, or that the session is near — each with a calendar invitation. Sent after the change is saved; a message that cannot be sent is logged and
/// does not undo the change.
/// </summary>
public sealed class SessionNotifications(
    IReadRepository<Client> clients,
    IReadRepository<Engineer> engineers,
    IReadRepository<Room> rooms,
    IReadRepository<StudioSettings> settings,
    ITenantContext tenant,
    IEmailSender email,
    IAccountDirectory accounts,
    ICalendarFileWriter calendars,
    IStringLocalizer<Text> text,
    ILogger<SessionNotifications> logger)
{
    /// <param name="previousEngineerId">For a move: the engineer before it. One taken off the session gets a cancellation, one put on it a booking.</param>
    /// <param name="ct">Not the request's: the change is saved, so its notices go out even if the caller has gone.</param>
    public async Task SendAsync(Session session, SessionChange change, CancellationToken ct, Guid? previousEngineerId = null)
    {
        try
        {
            await SendToEachAsync(session, change, previousEngineerId, ct);
            if (change is SessionChange.Promoted or SessionChange.Expired or SessionChange.DepositUnpaid) await TellStudioAsync(session, change, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The change is saved: a notice that cannot be prepared must not turn the answer into an error.
            logger.LogWarning(ex, "Could not prepare the notices for session {Session} ({Change})", session.Id, change);
        }
    }

    /// <summary>
    /// The sessions of a series booked, moved or cancelled together: one message to each person, listing them, with one
    /// invitation holding every session (each its own event, so a later change to one updates it alone).
    /// </summary>
    public async Task SendSeriesAsync(IReadOnlyList<Session> series, SessionChange change, CancellationToken ct)
    {
        // Sessions moved alone to another room or engineer are told to the people they have now.
        foreach (var group in series.GroupBy(s => (s.RoomId, s.EngineerId)))
        {
            try
            {
                await SendGroupAsync(group.ToList(), change, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not prepare the notices for a series of {Count} sessions ({Change})", series.Count, change);
            }
        }
    }

    private async Task SendGroupAsync(IReadOnlyList<Session> series, SessionChange change, CancellationToken ct)
    {
        var first = series[0];
        var (client, engineer) = await PeopleAsync(first, ct);
        var recipients = new List<(string Name, string Address, (string Role, string Name)? Other)>();
        if (client?.Email is { } clientEmail) recipients.Add((client.Name, clientEmail, engineer is null ? null : ("engineer", engineer.Name)));
        if (engineer?.Email is { } engineerEmail) recipients.Add((engineer.Name, engineerEmail, client is null ? null : ("client", client.Name)));
        if (recipients.Count == 0) return;

        var studio = await settings.GetStudioSettingsAsync(ct);
        var subdomain = tenant.Tenant?.Subdomain ?? "studio";
        var room = (await rooms.GetByIdAsync(first.RoomId, ct))?.Name;
        var method = change == SessionChange.Cancelled ? "CANCEL" : "REQUEST";
        foreach (var (name, address, other) in recipients)
        {
            EmailMessage message;
            using (Languages.Use(await accounts.LanguageOfAsync(address, tenant.Tenant, ct)))
            {
                var title = first.Title ?? text["Portal.Session"].Value;
                var dates = string.Join("\n", series.Select(s => StudioTime.When(s.StartsAt, s.EndsAt, studio.Calendar)));
                var (verb, lead) = change switch
                {
                    SessionChange.Cancelled => (text["Notify.SeriesCancelledVerb"], text["Notify.SeriesCancelled"]),
                    SessionChange.Moved => (text["Notify.SeriesMovedVerb"], text["Notify.SeriesMoved"]),
                    _ => (text["Notify.SeriesBookedVerb"], text["Notify.SeriesBooked"]),
                };
                var subject = text[series.Count == 1 ? "Notify.SeriesSubjectOne" : "Notify.SeriesSubject", verb, series.Count, title,
                    StudioTime.When(first.StartsAt, first.EndsAt, studio.Calendar)];
                var invitation = calendars.WriteInvitations(series.Select(s => new CalendarInvitation(method, $"{s.Id}@{subdomain}", s.Sequence,
                    studio.TimeZone, s.StartsAt, s.EndsAt, text["Notify.EventSummary", title, studio.StudioName], room, Said(other), studio.StudioName, name, address)).ToList());
                var body = $"{lead}\n\n{title}, {room} ({studio.TimeZone})\n{dates}" + (other is null ? "" : $"\n{Said(other)}") + $"\n\n{studio.StudioName}";
                message = new EmailMessage(address, subject, body, new EmailCalendar(method, invitation));
            }
            await TrySendAsync(message, first, change, ct);
        }
    }

    /// <summary>"Engineer: Sam" / "Client: Lena", in the reader's language.</summary>
    private string? Said((string Role, string Name)? other) =>
        other is { } o ? text[o.Role == "engineer" ? "Notify.Engineer" : "Notify.Client", o.Name].Value : null;

    private async Task<(Client? Client, Engineer? Engineer)> PeopleAsync(Session session, CancellationToken ct) =>
        (await clients.GetByIdAsync(session.ClientId, ct), session.EngineerId is { } id ? await engineers.GetByIdAsync(id, ct) : null);

    private async Task SendToEachAsync(Session session, SessionChange change, Guid? previousEngineerId, CancellationToken ct)
    {
        var (client, engineer) = await PeopleAsync(session, ct);
        var recipients = new List<(string Name, string Address, (string Role, string Name)? Other, SessionChange Change)>();
        if (client?.Email is { } clientEmail) recipients.Add((client.Name, clientEmail, engineer is null ? null : ("engineer", engineer.Name), change));
        if (engineer?.Email is { } engineerEmail)
        {
            // An engineer put on the session by a move hears of it as a booking.
            var theirs = change == SessionChange.Moved && previousEngineerId != engineer.Id ? SessionChange.Booked : change;
            recipients.Add((engineer.Name, engineerEmail, client is null ? null : ("client", client.Name), theirs));
        }
        if (change == SessionChange.Moved && previousEngineerId is { } previous && previous != session.EngineerId
            && await engineers.GetByIdAsync(previous, ct) is { Email: { } formerEmail } former)
            recipients.Add((former.Name, formerEmail, client is null ? null : ("client", client.Name), SessionChange.Cancelled));
        if (recipients.Count == 0) return; // nobody to tell: no more reads on the booking's request

        var studio = await settings.GetStudioSettingsAsync(ct);
        var subdomain = tenant.Tenant?.Subdomain ?? "studio";
        var room = (await rooms.GetByIdAsync(session.RoomId, ct))?.Name;
        var held = session.IsHold || session.Status == SessionStatus.Tentative;
        foreach (var (name, address, other, theirChange) in recipients)
        {
            var cancelled = theirChange is SessionChange.Cancelled or SessionChange.Released or SessionChange.Expired or SessionChange.DepositUnpaid;
            // The client holds the time; the engineer only hears that it is held.
            var forClient = address == client?.Email;
            EmailMessage message;
            using (Languages.Use(await accounts.LanguageOfAsync(address, tenant.Tenant, ct)))
            {
                var when = StudioTime.When(session.StartsAt, session.EndsAt, studio.Calendar);
                var title = session.Title ?? text["Portal.Session"].Value;
                var until = session.HoldExpiresAt is { } expiry ? studio.Calendar.ToLocal(expiry).ToString("ddd d MMM HH:mm", CultureInfo.CurrentCulture) : "";
                var hold = text.HoldName(session.HoldRank);
                var (subjectKey, lead) = theirChange switch
                {
                    SessionChange.Booked when session.IsHold && !forClient => ("Notify.OnHold", text["Notify.HeldForOthers", hold, until]),
                    SessionChange.Booked when session.IsHold => ("Notify.OnHold", text["Notify.HeldForYou", hold, until]),
                    SessionChange.Booked when held => ("Notify.Pencilled", text["Notify.PencilledLead"]),
                    SessionChange.Booked => ("Notify.Booked", text["Notify.BookedLead"]),
                    SessionChange.Moved when session.IsHold => ("Notify.Moved", text["Notify.HoldMovedLead", hold, until]),
                    SessionChange.Moved => ("Notify.Moved", text["Notify.MovedLead"]),
                    SessionChange.Confirmed => ("Notify.Confirmed", text["Notify.ConfirmedLead"]),
                    SessionChange.Promoted when !forClient => ("Notify.Promoted", text["Notify.PromotedForOthers", until]),
                    SessionChange.Promoted => ("Notify.Promoted", text["Notify.PromotedForYou", until]),
                    SessionChange.PushedBack => ("Notify.PushedBack", text["Notify.PushedBackLead", hold, until]),
                    SessionChange.Challenged => ("Notify.Challenged", text["Notify.ChallengedLead", until]),
                    SessionChange.Reminder => ("Notify.Reminder", text["Notify.ReminderLead"]),
                    SessionChange.Released => ("Notify.Released", text["Notify.ReleasedLead"]),
                    SessionChange.Expired => ("Notify.Expired", text["Notify.ExpiredLead"]),
                    SessionChange.DepositUnpaid => ("Notify.DepositUnpaid", text["Notify.DepositUnpaidLead"]),
                    _ when change == SessionChange.Moved => ("Notify.Cancelled", text["Notify.TakenOffLead"]),
                    _ => ("Notify.Cancelled", text["Notify.CancelledLead"]),
                };
                var subject = text[subjectKey, title, when, hold, until];
                var invitation = calendars.WriteInvitation(new CalendarInvitation(cancelled ? "CANCEL" : "REQUEST",
                    $"{session.Id}@{subdomain}", session.Sequence, studio.TimeZone, session.StartsAt, session.EndsAt,
                    text["Notify.EventSummary", title, studio.StudioName], room, Said(other), studio.StudioName, name, address, Tentative: held && !cancelled));
                var body = $"{lead}\n\n{title}\n{when} ({studio.TimeZone})\n{room}" + (other is null ? "" : $"\n{Said(other)}") + $"\n\n{studio.StudioName}";
                message = new EmailMessage(address, subject, body, new EmailCalendar(cancelled ? "CANCEL" : "REQUEST", invitation));
            }
            await TrySendAsync(message, session, theirChange, ct);
        }
    }

    /// <summary>The studio's owners and managers hear when a hold moves up or runs out: the slot's plan has changed.</summary>
    private async Task TellStudioAsync(Session session, SessionChange change, CancellationToken ct)
    {
        var managers = await accounts.ManagersAsync(ct);
        if (managers.Count == 0) return;
        var studio = await settings.GetStudioSettingsAsync(ct);
        var client = (await clients.GetByIdAsync(session.ClientId, ct))?.Name;
        var room = (await rooms.GetByIdAsync(session.RoomId, ct))?.Name ?? "?";
        foreach (var manager in managers)
        {
            EmailMessage message;
            using (Languages.Use(manager.Language ?? tenant.Tenant?.Language))
            {
                var (who, when) = (client ?? text["Email.AClient"], StudioTime.When(session.StartsAt, session.EndsAt, studio.Calendar));
                var (subject, body) = change switch
                {
                    SessionChange.Promoted => (text["Email.HoldPromotedSubject", who, room, when], text["Email.HoldPromoted", who, room, when, studio.StudioName]),
                    SessionChange.DepositUnpaid => (text["Email.DepositUnpaidSubject", who, room, when], text["Email.DepositUnpaid", who, room, when, studio.StudioName]),
                    _ => (text["Email.HoldExpiredSubject", who, room, when], text["Email.HoldExpired", who, room, when, studio.StudioName]),
                };
                message = new EmailMessage(manager.Email, subject, body);
            }
            await TrySendAsync(message, session, change, ct);
        }
    }

    /// <summary>One recipient's message: one that cannot be sent is logged and does not stop the others.</summary>
    private async Task TrySendAsync(EmailMessage message, Session session, SessionChange change, CancellationToken ct)
    {
        try
        {
            await email.SendAsync(message, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not tell {Recipient} that session {Session} was {Change}", message.To, session.Id, change);
        }
    }
}
