using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Calendar;

/// <summary>
/// RRULE with Ical.Net: the occurrences of an event starting at the first session, in the studio's zone. A rule is
/// read defensively (any value a user can type is a 400, never a 500): the parts a daily, weekly or monthly series has,
/// each once; expansion has a budget of steps, so a rule that matches nothing (30 February) answers at once instead of
/// searching for years, while one that matches rarely (29 February, daily) still finds its days.
/// </summary>
public sealed class IcalRecurrenceRules : IRecurrenceRules
{
    private static readonly FrequencyType[] Frequencies = [FrequencyType.Daily, FrequencyType.Weekly, FrequencyType.Monthly];
    public const int MaxInterval = 100;
    /// <summary>Eight years of daily steps without a match: enough to reach the next 29 February.</summary>
    private static readonly EvaluationOptions Budget = new() { MaxUnmatchedIncrementsLimit = 3000 };
    private static readonly string[] Parts = ["FREQ", "COUNT", "UNTIL", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST"];

    public TranslatableText? Problem(string rule)
    {
        var text = rule.Trim().ToUpperInvariant();
        var names = text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part => part.Split('=')[0].Trim()).ToList();
        if (names.Distinct().Count() != names.Count)
            return new("Give each part of the rule once.");
        if (names.FirstOrDefault(name => !Parts.Contains(name)) is { } unknown)
            return new("{0} is not taken in a series: use FREQ, COUNT or UNTIL, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, WKST.", unknown);
        if (names.Contains("COUNT") && names.Contains("UNTIL"))
            return new("A series ends by COUNT or by UNTIL, not both.");
        RecurrencePattern pattern;
        try
        {
            pattern = new RecurrencePattern(text);
        }
        catch (Exception)
        {
            // Ical.Net's reader throws whatever its parsing of a part throws (format, overflow, argument…).
            return new("'{0}' is not a recurrence rule (RFC 5545 RRULE, e.g. FREQ=WEEKLY;COUNT=12).", rule);
        }
        if (!Frequencies.Contains(pattern.Frequency))
            return new("A series repeats daily, weekly or monthly (FREQ=DAILY, WEEKLY or MONTHLY).");
        if (pattern.Count is null && pattern.Until is null)
            return new("A series needs an end: COUNT=n or UNTIL=date.");
        if (pattern.Count is < 1 or > SessionSeries.MaxOccurrences)
            return new("A series has 1 to {0} sessions (COUNT).", SessionSeries.MaxOccurrences);
        if (pattern.Interval is < 1 or > MaxInterval)
            return new("INTERVAL is 1 to {0}.", MaxInterval);
        // RFC 5545: BYDAY with a number (the 2nd Monday) belongs to a monthly rule.
        if (pattern.Frequency != FrequencyType.Monthly && pattern.ByDay.Any(day => day.Offset is not null))
            return new("BYDAY with a number (2MO, -1FR) is for a monthly series.");
        return null;
    }

    public RecurrenceStarts Starts(string rule, DateTimeOffset firstStart, string timeZone, int max)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(firstStart, zone).DateTime, DateTimeKind.Unspecified);
        var recurring = new CalendarEvent { DtStart = new CalDateTime(local, timeZone), RecurrenceRule = new RecurrencePattern(rule.Trim().ToUpperInvariant()) };
        // Enumerated by hand so that the days found before the budget runs out are kept.
        var starts = new List<DateTimeOffset>();
        try
        {
            foreach (var occurrence in recurring.GetOccurrences(options: Budget))
            {
                starts.Add(new DateTimeOffset(occurrence.Period.StartTime.AsUtc, TimeSpan.Zero));
                if (starts.Count == max) break;
            }
        }
        catch (Exception ex) when (ex is EvaluationLimitExceededException or ArgumentException or InvalidOperationException
                                       or ArithmeticException or EvaluationOutOfRangeException)
        {
            // No further day within the budget (or the calendar's range): the caller says what was not found.
            return new RecurrenceStarts(starts, Complete: false);
        }
        return new RecurrenceStarts(starts, Complete: true);
    }
}
