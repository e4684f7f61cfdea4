namespace RecordingStudio.Domain.Studio;

/// <summary>
/// Sessions, and the days people ask about, lie within ten years of today. A typed year 1 or 9999 is a mistake, and
/// such a day cannot even be turned into a local midnight at every offset.
/// </summary>
public static class BookingHorizon
{
    public const int Days = 3653;

    public const string Explanation = "Choose a day within ten years of today.";

    public static bool Contains(DateOnly day, DateOnly today) => Math.Abs(day.DayNumber - today.DayNumber) <= Days;

    public static bool Contains(DateTimeOffset instant, DateTimeOffset now) => (instant - now).Duration() <= TimeSpan.FromDays(Days);
}
