using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.FindFreeSlots;

/// <summary>
/// Free slots of a given length for a room and/or engineer on one studio day, on the half hour, within the studio's
/// opening hours and the room's rules (its own hours, its minimum length, its turnover after each session).
/// </summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record FindFreeSlotsQuery(Guid? RoomId, Guid? EngineerId, DateOnly Day, int DurationMinutes, int Limit = 5)
    : IQuery<IReadOnlyList<FreeSlotDto>>;

public sealed record FreeSlotDto(DateTimeOffset StartsAt, DateTimeOffset EndsAt);

public sealed class FindFreeSlotsQueryHandler(IReadRepository<Session> sessions, IReadRepository<Room> rooms, IReadRepository<StudioSettings> settings,
    TimeProvider clock)
    : IQueryHandler<FindFreeSlotsQuery, IReadOnlyList<FreeSlotDto>>
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(30);

    public async ValueTask<IReadOnlyList<FreeSlotDto>> Handle(FindFreeSlotsQuery query, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        var calendar = studio.Calendar;
        var opens = calendar.ToUtc(query.Day.ToDateTime(studio.OpensAt));
        var closes = calendar.ToUtc(query.Day.ToDateTime(studio.ClosesAt));
        var length = TimeSpan.FromMinutes(query.DurationMinutes);
        var rules = query.RoomId is { } roomId ? (await rooms.GetOrThrowAsync(roomId, ct)).Rules : RoomRules.None;
        if (length < TimeSpan.FromMinutes(rules.MinimumMinutes)) return [];
        var busy = await sessions.ListAsync(new SessionsBlockingSlotSpec(query.RoomId, query.EngineerId,
            new TimeSlot(opens, closes), roomTurnover: rules.Turnover), ct);
        var now = clock.GetUtcNow();

        var free = new List<FreeSlotDto>();
        for (var start = opens; start + length <= closes && free.Count < query.Limit; start += Step)
        {
            var slot = new TimeSlot(start, start + length);
            // The same rule a booking meets: a probe session in this slot, holding the room for its turnover.
            var probe = new Session(Guid.Empty, query.RoomId ?? Guid.Empty, query.EngineerId, slot, null, null);
            probe.HoldRoomFor(rules.Turnover);
            if (start >= now && rules.IsOpenFor(slot, calendar) && !busy.Any(other => probe.CollidesWith(other, rules.Turnover))) free.Add(new FreeSlotDto(slot.Start, slot.End));
        }
        return free;
    }
}
