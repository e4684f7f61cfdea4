using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.WebApi.Pages.Sessions;

/// <summary>
/// A room (and engineer) for a day and times on the studio's clock, as the booking and moving forms post them. An end
/// time at or before the start is the next morning; <see cref="EndDate"/> names a later day (a lockout).
/// </summary>
public class StudioSlotForm
{
    public Guid? RoomId { get; set; }
    public Guid? EngineerId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartsAt { get; set; } = new(10, 0);
    public TimeOnly EndsAt { get; set; } = new(14, 0);
    public DateOnly? EndDate { get; set; }

    /// <summary>
    /// What is wrong with the days before any time is computed from them: a day outside the booking horizon (year 1 or
    /// 9999 cannot even be placed on the clock), or an end day before the first day. Null when both can be used.
    /// </summary>
    public (string Field, string Message)? DayRefusal(DateOnly today) =>
        !BookingHorizon.Contains(Date, today) ? (nameof(Date), Text.Say(BookingHorizon.Explanation))
        : EndDate is { } last && !BookingHorizon.Contains(last, today) ? (nameof(EndDate), Text.Say(BookingHorizon.Explanation))
        : EndDate < Date ? (nameof(EndDate), Text.Say("A session cannot end on a day before the one it starts on."))
        // Same start and end with no end day is more likely a slip than a whole day: a day or more names its last day.
        : EndDate is null && EndsAt == StartsAt ? (nameof(EndsAt), Text.Say("The end is the same as the start: choose the end (for a whole day or more, give the end day too)."))
        : null;

    /// <summary>The instants the form names (check <see cref="DayRefusal"/> first).</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Instants(StudioCalendar calendar) => calendar.Instants(Date, StartsAt, EndsAt, EndDate);

    /// <summary>The form for a slot as stored: the end day is given only when it is not implied by the times.</summary>
    public static StudioSlotForm From(DateTimeOffset start, DateTimeOffset end, StudioCalendar calendar)
    {
        var (from, to) = (calendar.ToLocal(start), calendar.ToLocal(end));
        var (day, lastDay) = (DateOnly.FromDateTime(from.DateTime), DateOnly.FromDateTime(to.DateTime));
        var (startsAt, endsAt) = (TimeOnly.FromDateTime(from.DateTime), TimeOnly.FromDateTime(to.DateTime));
        var implied = endsAt <= startsAt ? day.AddDays(1) : day;
        return new StudioSlotForm { Date = day, StartsAt = startsAt, EndsAt = endsAt, EndDate = lastDay == implied ? null : lastDay };
    }
}
