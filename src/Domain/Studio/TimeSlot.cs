using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

/// <summary>A half-open interval [Start, End) in UTC, so back-to-back bookings do not overlap; microsecond precision, as stored.</summary>
public readonly record struct TimeSlot
{
    public TimeSlot(DateTimeOffset start, DateTimeOffset end)
    {
        (start, end) = (start.ToStoredPrecision(), end.ToStoredPrecision());
        if (end <= start)
            throw new DomainException("invalid_time_range", "A session must end after it starts.");
        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    public DateTimeOffset Start { get; }
    public DateTimeOffset End { get; }
    public TimeSpan Duration => End - Start;

    public bool Overlaps(TimeSlot other) => Start < other.End && other.Start < End;
}
