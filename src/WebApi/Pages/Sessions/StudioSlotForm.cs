using RecordingStudio.Domain.Studio;

namespace RecordingStudio.WebApi.Pages.Sessions;

/// <summary>A room (and engineer) for a day and times on the studio's clock, as the booking and moving forms post them.</summary>
public class StudioSlotForm
{
    public Guid? RoomId { get; set; }
    public Guid? EngineerId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartsAt { get; set; } = new(10, 0);
    public TimeOnly EndsAt { get; set; } = new(14, 0);

    public (DateTimeOffset Start, DateTimeOffset End) Instants(StudioCalendar calendar) =>
        (calendar.ToUtc(Date.ToDateTime(StartsAt)), calendar.ToUtc(Date.ToDateTime(EndsAt)));
}
