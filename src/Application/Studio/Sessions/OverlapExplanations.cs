using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Sessions.FindFreeSlots;
using RecordingStudio.Application.Studio.Sessions.GetSession;

namespace RecordingStudio.Application.Studio.Sessions;

/// <summary>
/// A refused booking in words a person reads (pages and the assistant): which room or engineer is taken or held, when
/// in studio time and by whom, then the next free slots of the same length that day.
/// </summary>
public sealed class OverlapExplanations(ISender sender, SessionViews views, StudioTime time)
{
    public async Task<string> ExplainAsync(ConflictException overlap, Guid roomId, Guid? engineerId,
        DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var inTheWay = overlap.Sentence();
        if (overlap.Details.GetValueOrDefault("conflictingSessionId") is Guid id)
        {
            var view = await views.ViewAsync(await sender.Send(new GetSessionQuery(id), ct), ct);
            var taken = overlap.Details.GetValueOrDefault("conflictingResource") as string == "engineer" ? view.Engineer : view.Room;
            inTheWay = overlap.Code == "session_on_hold"
                ? Text.Say("{0} is held {1} for {2} ({3}).", taken, view.When, view.Client, view.State)
                : view.Title is null
                    ? Text.Say("{0} is already booked {1} for {2}.", taken, view.When, view.Client)
                    : Text.Say("{0} is already booked {1} for {2} ({3}).", taken, view.When, view.Client, view.Title);
        }
        var free = await FreeSlotsLikeAsync(roomId, engineerId, start, end, ct);
        return inTheWay + " " + (free.Count == 0 ? Text.Say("No other slot of that length is free that day.") : Text.Say("Free that day: {0}.", string.Join(", ", free)));
    }

    /// <summary>The first free slots of the same length on the same studio day for the room (and engineer), in studio time.</summary>
    public async Task<IReadOnlyList<string>> FreeSlotsLikeAsync(Guid roomId, Guid? engineerId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var calendar = await time.CalendarAsync(ct);
        return (await FreeSlotsAsync(roomId, engineerId, start, end, ct)).Select(s => StudioTime.When(s.StartsAt, s.EndsAt, calendar)).ToList();
    }

    /// <summary>
    /// Up to three free slots of the same length that day, none overlapping another: real alternatives to choose from,
    /// not the same hours offered three times half an hour apart.
    /// </summary>
    public async Task<IReadOnlyList<FreeSlotDto>> FreeSlotsAsync(Guid roomId, Guid? engineerId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var minutes = (int)(end - start).TotalMinutes;
        if (minutes is < 15 or > 24 * 60) return []; // a lockout has no "same length that day"
        var calendar = await time.CalendarAsync(ct);
        var candidates = await sender.Send(new FindFreeSlotsQuery(roomId, engineerId, calendar.DateOf(start), minutes, 20), ct);
        var chosen = new List<FreeSlotDto>();
        foreach (var slot in candidates)
            if (chosen.Count < 3 && chosen.All(c => c.EndsAt <= slot.StartsAt || slot.EndsAt <= c.StartsAt)) chosen.Add(slot);
        return chosen;
    }
}

public static class OverlapRefusals
{
    /// <summary>The refusals <see cref="OverlapExplanations"/> puts in words: a session or a hold in the way.</summary>
    public static bool IsOverlap(this Exception refusal) => refusal is ConflictException { Code: "session_overlap" or "session_on_hold" };
}
