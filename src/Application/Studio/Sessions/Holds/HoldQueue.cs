using Ardalis.Specification;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.Holds;

/// <summary>
/// The queue of holds on a room: a hold's rank is 1 + the sessions of its room that overlap it and stand ahead —
/// bookings, and holds placed before it. When a session leaves or moves, the holds it overlapped are ranked again,
/// and those that became 1st are promoted: their client and engineer are told.
/// </summary>
public sealed class HoldQueue(IRepository<Session> sessions, IResourceLocks locks, SessionNotifications notifications)
{
    /// <summary>
    /// Gives a hold being booked or moved its rank (inside the caller's lock of its room); a new one first joins the
    /// queue behind the holds already there.
    /// </summary>
    public async Task PlaceAsync(Session hold, CancellationToken ct)
    {
        var room = await sessions.ListAsync(new RoomSessionsSpec(hold.RoomId, hold.Slot), ct);
        if (hold.HoldRank is null) hold.QueueBehind(room.Where(s => s.IsHold && s.Id != hold.Id).Max(s => s.HeldSince));
        hold.PlaceInQueue(RankAmong(hold, room));
    }

    /// <summary>
    /// Saves a session that left its slot (cancelled, or a hold released) under its room's lock, tells its people with
    /// <paramref name="change"/>, and moves up the holds behind it.
    /// </summary>
    public async Task LeaveAsync(Session session, SessionChange change, CancellationToken ct)
    {
        await locks.RunExclusiveAsync([session.RoomId], () => sessions.SaveChangesAsync(ct), ct);
        await notifications.SendAsync(session, change, CancellationToken.None);
        await RequeueAsync(session.RoomId, session.Slot, CancellationToken.None);
    }

    /// <summary>
    /// Ranks again the holds of <paramref name="roomId"/> that overlap <paramref name="slot"/> (where a session left, or
    /// arrived), under the room's lock, and tells the clients of those that moved up to 1st.
    /// </summary>
    public async Task RequeueAsync(Guid roomId, TimeSlot slot, CancellationToken ct)
    {
        var promoted = new List<Session>();
        await locks.RunExclusiveAsync([roomId], async () =>
        {
            var holds = (await sessions.ListAsync(new RoomSessionsSpec(roomId, slot, tracked: true), ct)).Where(s => s.IsHold).ToList();
            if (holds.Count == 0) return;
            // Everything that could stand ahead of one of them.
            var around = new TimeSlot(holds.Min(h => h.StartsAt), holds.Max(h => h.EndsAt));
            var room = await sessions.ListAsync(new RoomSessionsSpec(roomId, around, tracked: true), ct);
            foreach (var hold in holds)
            {
                var rank = RankAmong(hold, room);
                if (rank == hold.HoldRank) continue;
                if (rank == 1) promoted.Add(hold);
                hold.PlaceInQueue(rank);
            }
            await sessions.SaveChangesAsync(ct);
        }, ct);
        foreach (var hold in promoted)
            await notifications.SendAsync(hold, SessionChange.Promoted, CancellationToken.None);
    }

    private static int RankAmong(Session hold, IEnumerable<Session> room) =>
        1 + room.Count(other => other.Id != hold.Id && other.Slot.Overlaps(hold.Slot) && StandsAheadOf(other, hold));

    private static bool StandsAheadOf(Session other, Session hold) =>
        !other.IsHold || other.HeldSince < hold.HeldSince || (other.HeldSince == hold.HeldSince && other.Id.CompareTo(hold.Id) < 0);
}

/// <summary>The sessions of a room that overlap a slot and still take part in its schedule (not cancelled, not released).</summary>
public sealed class RoomSessionsSpec : Specification<Session>
{
    public RoomSessionsSpec(Guid roomId, TimeSlot slot, bool tracked = false)
    {
        var (start, end) = (slot.Start, slot.End);
        Query.Where(s => s.RoomId == roomId && s.StartsAt < end && start < s.EndsAt
                         && s.Status != SessionStatus.Cancelled && s.Status != SessionStatus.Released);
        if (!tracked) Query.AsNoTracking();
    }
}
