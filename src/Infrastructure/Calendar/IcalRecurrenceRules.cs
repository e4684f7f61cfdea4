using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Calendar;

/// <summary>
/// RRULE with Ical.Net: the occurrences of an event starting at the first session, in the studio's zone. A rule is
/// read defensively (any value a user can type is a 400, never a 500) and expanded within the booking horizon, with a
/// small budget of steps, so a rule that matches nothing (30 February) answers at once instead of searching for years.
/// </summary>
public sealed class IcalRecurrenceRules : IRecurrenceRules
{
    private static readonly FrequencyType[] Frequencies = [FrequencyType.Daily, FrequencyType.Weekly, FrequencyType.Monthly];
    public const int MaxInterval = 100;
    private static readonly EvaluationOptions Budget = new() { MaxUnmatchedIncrementsLimit = 1000 };

    public string? Problem(string rule)
    {
        var text = rule.Trim().ToUpperInvariant();
        if (text.Contains("COUNT=", StringComparison.Ordinal) && text.Contains("UNTIL=", StringComparison.Ordinal))
            return "A series ends by COUNT or by UNTIL, not both.";
        RecurrencePattern pattern;
        try
        {
            pattern = new RecurrencePattern(text);
        }
        catch (Exception)
        {
            // Ical.Net's reader throws whatever its parsing of a part throws (format, overflow, argument…).
            return $"'{rule}' is not a recurrence rule (RFC 5545 RRULE, e.g. FREQ=WEEKLY;COUNT=12).";
        }
        if (!Frequencies.Contains(pattern.Frequency))
            return "A series repeats daily, weekly or monthly (FREQ=DAILY, WEEKLY or MONTHLY).";
        if (pattern.Count is null && pattern.Until is null)
            return "A series needs an end: COUNT=n or UNTIL=date.";
        if (pattern.Count is < 1 or > SessionSeries.MaxOccurrences)
            return $"A series has 1 to {SessionSeries.MaxOccurrences} sessions (COUNT).";
        if (pattern.Interval is < 1 or > MaxInterval)
            return $"INTERVAL is 1 to {MaxInterval}.";
        if (pattern.ByHour.Count > 0 || pattern.ByMinute.Count > 0 || pattern.BySecond.Count > 0)
            return "The session's own times say when it starts: BYHOUR, BYMINUTE and BYSECOND are not taken.";
        return null;
    }

    public IReadOnlyList<DateTimeOffset> Starts(string rule, DateTimeOffset firstStart, string timeZone, int max)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(firstStart, zone).DateTime, DateTimeKind.Unspecified);
        var limit = firstStart.AddDays(BookingHorizon.Days);
        var recurring = new CalendarEvent { DtStart = new CalDateTime(local, timeZone), RecurrenceRule = new RecurrencePattern(rule.Trim().ToUpperInvariant()) };
        try
        {
            return recurring.GetOccurrences(options: Budget)
                .Select(o => new DateTimeOffset(o.Period.StartTime.AsUtc, TimeSpan.Zero))
                .TakeWhile(start => start <= limit)
                .Take(max)
                .ToList();
        }
        catch (Exception ex) when (ex is EvaluationLimitExceededException or ArgumentException or InvalidOperationException
                                       or ArithmeticException or EvaluationOutOfRangeException)
        {
            return []; // a rule whose days never come (or come too far) makes no session
        }
    }
}
