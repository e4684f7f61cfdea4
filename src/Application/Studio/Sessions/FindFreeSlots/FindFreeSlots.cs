using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.FindFreeSlots;

/// <summary>Free slots of a given length for a room and/or engineer on one studio day, within opening hours, on the half hour.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record FindFreeSlotsQuery(Guid? RoomId, Guid? EngineerId, DateOnly Day, int DurationMinutes, int Limit = 5)
    : IQuery<IReadOnlyList<FreeSlotDto>>;

public sealed record FreeSlotDto(DateTimeOffset StartsAt, DateTimeOffset EndsAt);

public sealed class FindFreeSlotsQueryHandler(IReadRepository<Session> sessions, IReadRepository<StudioSettings> settings, TimeProvider clock)
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
        var busy = await sessions.ListAsync(new SessionsBlockingSlotSpec(query.RoomId, query.EngineerId, new TimeSlot(opens, closes)), ct);
        var now = clock.GetUtcNow();

        var free = new List<FreeSlotDto>();
        for (var start = opens; start + length <= closes && free.Count < query.Limit; start += Step)
        {
            var slot = new TimeSlot(start, start + length);
            if (start >= now && !busy.Any(s => s.Slot.Overlaps(slot))) free.Add(new FreeSlotDto(slot.Start, slot.End));
        }
        return free;
    }
}
