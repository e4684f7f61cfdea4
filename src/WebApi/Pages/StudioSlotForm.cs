using RecordingStudio.Domain.Studio;

namespace RecordingStudio.WebApi.Pages;

/// <summary>A room (and engineer) for a day and times on the studio's clock, as the booking and moving forms post them.</summary>
public class StudioSlotForm
{
    public Guid? RoomId { get; set; }
    public Guid? EngineerId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartsAt { get; set; } = new(10, 0);
    public TimeOnly EndsAt { get; set; } = new(14, 0);

    /// <summary>A typed year 1 or 9999 cannot be converted to an instant: days within ten years of today can.</summary>
    public static bool IsPlausible(DateOnly day, DateOnly today) => Math.Abs(day.DayNumber - today.DayNumber) <= 3653;

    public const string ImplausibleDay = "Choose a day within ten years of today.";

    public (DateTimeOffset Start, DateTimeOffset End) Instants(StudioCalendar calendar) =>
        (calendar.ToUtc(Date.ToDateTime(StartsAt)), calendar.ToUtc(Date.ToDateTime(EndsAt)));
}
