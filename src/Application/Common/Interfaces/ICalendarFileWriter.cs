namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>Writes an iCalendar (RFC 5545) file; implemented with Ical.Net in Infrastructure.</summary>
public interface ICalendarFileWriter
{
    string Write(CalendarFile file);

    /// <summary>An invitation for one person (RFC 5546), the studio as organizer, in the studio's time zone.</summary>
    string WriteInvitation(CalendarInvitation invitation);

    /// <summary>Several invitations (one method, one time zone, one person) in one file: the sessions of a series.</summary>
    string WriteInvitations(IReadOnlyList<CalendarInvitation> invitations);
}

/// <summary>
/// One session as an invitation: REQUEST when booked or moved, CANCEL when cancelled; <paramref name="Sequence"/> grows
/// with each change so the person's calendar replaces the earlier version of the same <paramref name="Uid"/>.
/// </summary>
public sealed record CalendarInvitation(string Method, string Uid, int Sequence, string TimeZone, DateTimeOffset Start, DateTimeOffset End,
    string Summary, string? Location, string? Description, string OrganizerName, string AttendeeName, string AttendeeEmail, bool Tentative = false);

/// <summary>A calendar to publish: its name and its events, in UTC.</summary>
public sealed record CalendarFile(string Name, IReadOnlyList<CalendarFileEvent> Events);

/// <summary>One event; <paramref name="Uid"/> is stable for the session, so a subscriber's calendar updates it in place.</summary>
/// <param name="Tentative">A hold or a pencilled-in session: STATUS:TENTATIVE, so the calendar shows it as not confirmed.</param>
public sealed record CalendarFileEvent(string Uid, DateTimeOffset Start, DateTimeOffset End, string Summary, string? Location, string? Description,
    int Sequence = 0, bool Tentative = false);
