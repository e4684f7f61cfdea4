namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>Writes an iCalendar (RFC 5545) file; implemented with Ical.Net in Infrastructure.</summary>
public interface ICalendarFileWriter
{
    string Write(CalendarFile file);
}

/// <summary>A calendar to publish: its name and its events, in UTC.</summary>
public sealed record CalendarFile(string Name, IReadOnlyList<CalendarFileEvent> Events);

/// <summary>One event; <paramref name="Uid"/> is stable for the session, so a subscriber's calendar updates it in place.</summary>
public sealed record CalendarFileEvent(string Uid, DateTimeOffset Start, DateTimeOffset End, string Summary, string? Location, string? Description);
