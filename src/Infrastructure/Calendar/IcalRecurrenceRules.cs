using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Calendar;

/// <summary>RRULE with Ical.Net: the occurrences of an event starting at the first session, in the studio's zone.</summary>
public sealed class IcalRecurrenceRules : IRecurrenceRules
{
    private static readonly FrequencyType[] Frequencies = [FrequencyType.Daily, FrequencyType.Weekly, FrequencyType.Monthly];

    public string? Problem(string rule)
    {
        RecurrencePattern pattern;
        try
        {
            pattern = new RecurrencePattern(rule.Trim().ToUpperInvariant());
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or NullReferenceException)
        {
            return $"'{rule}' is not a recurrence rule (RFC 5545 RRULE, e.g. FREQ=WEEKLY;COUNT=12).";
        }
        if (!Frequencies.Contains(pattern.Frequency))
            return "A series repeats daily, weekly or monthly (FREQ=DAILY, WEEKLY or MONTHLY).";
        if (pattern.Count is null && pattern.Until is null)
            return "A series needs an end: COUNT=n or UNTIL=date.";
        if (pattern.ByHour.Count > 0 || pattern.ByMinute.Count > 0 || pattern.BySecond.Count > 0)
            return "The session's own times say when it starts: BYHOUR, BYMINUTE and BYSECOND are not taken.";
        return null;
    }

    public IReadOnlyList<DateTimeOffset> Starts(string rule, DateTimeOffset firstStart, string timeZone, int max)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(firstStart, zone).DateTime, DateTimeKind.Unspecified);
        var recurring = new CalendarEvent { DtStart = new CalDateTime(local, timeZone), RecurrenceRule = new RecurrencePattern(rule.Trim().ToUpperInvariant()) };
        return recurring.GetOccurrences()
            .Take(max)
            .Select(o => new DateTimeOffset(o.Period.StartTime.AsUtc, TimeSpan.Zero))
            .ToList();
    }
}
