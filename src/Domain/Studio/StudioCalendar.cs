namespace RecordingStudio.Domain.Studio;

/// <summary>
/// "Today", "tomorrow" and "this week" in the studio's time zone, as UTC instants for querying.
/// Days are computed from local midnights, so a DST change gives a 23- or 25-hour day.
/// </summary>
public sealed class StudioCalendar(string timeZoneId)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    public static bool IsKnownTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    public DateTimeOffset StartOf(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The UTC interval [start, end) covering the local calendar day.</summary>
    public TimeSlot Day(DateOnly day) => new(StartOf(day), StartOf(day.AddDays(1)));

    public TimeSlot Today(DateTimeOffset now) => Day(DateOf(now));

    /// <summary>Monday to Sunday around the given instant.</summary>
    public TimeSlot Week(DateTimeOffset now)
    {
        var today = DateOf(now);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return new TimeSlot(StartOf(monday), StartOf(monday.AddDays(7)));
    }

    public DateTimeOffset ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A local time skipped by a DST jump does not exist; move forward to the first valid instant.
        while (_zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddMinutes(15);
        var offset = _zone.IsAmbiguousTime(unspecified)
            ? _zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : _zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    /// <summary>
    /// A session as people say it: a day, a start and an end on the studio's clock. An end at or before the start is
    /// on the next day (22:00→02:00 runs overnight); <paramref name="endDay"/> gives a later day outright (a Monday to
    /// Friday lockout). Each end is placed by the zone's rules of its own day, so a night across a daylight-saving
    /// change lasts what the clocks say: 22:00→04:00 is five hours of real time when the clocks go forward that night,
    /// seven when they go back.
    /// </summary>
    public TimeSlot Slot(DateOnly day, TimeOnly start, TimeOnly end, DateOnly? endDay = null)
    {
        var (from, to) = Instants(day, start, end, endDay);
        return new TimeSlot(from, to);
    }

    /// <summary>The instants of <see cref="Slot"/>, unchecked: a form passes them on and the command's validator names what is wrong.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Instants(DateOnly day, TimeOnly start, TimeOnly end, DateOnly? endDay = null)
    {
        var lastDay = endDay ?? (end <= start ? day.AddDays(1) : day);
        return (ToUtc(day.ToDateTime(start)), ToUtc(lastDay.ToDateTime(end)));
    }
}
