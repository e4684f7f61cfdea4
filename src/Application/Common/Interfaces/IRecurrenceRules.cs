using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>RFC 5545 recurrence rules (RRULE), read and expanded with a calendar library in Infrastructure.</summary>
public interface IRecurrenceRules
{
    /// <summary>Why a rule cannot make a series (not an RRULE, no COUNT or UNTIL, a frequency other than daily, weekly or monthly); null when it can.</summary>
    TranslatableText? Problem(string rule);

    /// <summary>
    /// The starts of the rule's occurrences from <paramref name="firstStart"/>, on the wall clock of
    /// <paramref name="timeZone"/> (18:00 stays 18:00 across a daylight-saving change), at most <paramref name="max"/>.
    /// </summary>
    RecurrenceStarts Starts(string rule, DateTimeOffset firstStart, string timeZone, int max);
}

/// <param name="Complete">False when the search for a later day gave up (days too rare or beyond the calendar): the rule asks for more than was found.</param>
public sealed record RecurrenceStarts(IReadOnlyList<DateTimeOffset> Starts, bool Complete);
