using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

/// <summary>The single settings row of a studio database.</summary>
public sealed class StudioSettings
{
    public const int SingletonId = 1;

    private StudioSettings() { }

    public StudioSettings(string studioName, string timeZone, string currency, TimeOnly opensAt, TimeOnly closesAt) =>
        Update(studioName, timeZone, currency, opensAt, closesAt);

    public int Id { get; private init; } = SingletonId;
    public string StudioName { get; private set; } = "";
    public string TimeZone { get; private set; } = "UTC";
    public string Currency { get; private set; } = "EUR";
    public TimeOnly OpensAt { get; private set; }
    public TimeOnly ClosesAt { get; private set; }

    public void Update(string studioName, string timeZone, string currency, TimeOnly opensAt, TimeOnly closesAt)
    {
        StudioName = Guard.Required(studioName, nameof(StudioName), FieldLimits.Name);
        if (!StudioCalendar.IsKnownTimeZone(timeZone))
            throw new DomainException("unknown_time_zone", $"'{timeZone}' is not an IANA time zone.");
        TimeZone = timeZone;
        Currency = Guard.Required(currency, nameof(Currency), FieldLimits.Currency).ToUpperInvariant();
        if (closesAt <= opensAt)
            throw new DomainException("invalid_opening_hours", "The studio must close after it opens.");
        OpensAt = opensAt;
        ClosesAt = closesAt;
    }

    public StudioCalendar Calendar => new(TimeZone);
}
