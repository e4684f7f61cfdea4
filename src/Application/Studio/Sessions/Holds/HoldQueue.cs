using Ardalis.Specification;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.Holds;

/// <summary>
/// The queue of holds on a room: a hold's rank is 1 + the sessions of its room that overlap it and stand ahead —
/// bookings, and holds placed before it. When a session leaves, arrives or moves, the holds it overlaps are ranked
/// again in the same transaction; those that became 1st are promoted and those pushed back from 1st are told.
/// </summary>
public sealed class HoldQueue(IRepository<Session> sessions, IResourceLocks locks, SessionNotifications notifications, TimeProvider clock)
{
    /// <summary>
    /// Gives a hold being booked or moved its rank (inside the caller's lock of its room); a new one, or one moved to
    /// another time, first joins the queue behind the holds already there.
    /// </summary>
    public async Task PlaceAsync(Session hold, CancellationToken ct)
    {
        var room = await sessions.ListAsync(new RoomSessionsSpec(hold.RoomId, hold.Slot), ct);
        if (hold.HoldRank is null) hold.QueueBehind(clock.GetUtcNow(), room.Where(s => s.IsHold && s.Id != hold.Id).Max(s => s.HeldSince));
        hold.PlaceInQueue(RankAmong(hold, room));
    }

    /// <summary>
    /// Saves a session that left its slot (cancelled, or a hold released) and ranks again the holds behind it, in one
    /// transaction under its room's lock; then tells its people with <paramref name="change"/>, and the promoted theirs.
    /// </summary>
    public async Task LeaveAsync(Session session, SessionChange change, CancellationToken ct)
    {
        var moved = new List<(Session, SessionChange)>();
        await locks.RunExclusiveAsync([session.RoomId], async () =>
        {
            await sessions.SaveChangesAsync(ct);
            moved = await RankAgainAsync(session.RoomId, session.Slot, ct);
        }, ct);
        await notifications.SendAsync(session, change, CancellationToken.None);
        await TellAsync(moved);
    }

    /// <summary>
    /// Ranks again the holds of <paramref name="roomId"/> that overlap <paramref name="slot"/> (where a session left, or
    /// arrived) under the room's lock — in the caller's transaction if there is one — and tells those whose place changed.
    /// </summary>
    public async Task RequeueAsync(Guid roomId, TimeSlot slot, CancellationToken ct)
    {
        var moved = new List<(Session, SessionChange)>();
        await locks.RunExclusiveAsync([roomId], async () => moved = await RankAgainAsync(roomId, slot, ct), ct);
        await TellAsync(moved);
    }

    /// <summary>Ranks again and saves, inside the caller's lock of the room; returns the holds to tell (promoted, or pushed back from 1st).</summary>
    public async Task<List<(Session Hold, SessionChange Change)>> RankAgainAsync(Guid roomId, TimeSlot slot, CancellationToken ct)
    {
        var holds = (await sessions.ListAsync(new RoomSessionsSpec(roomId, slot, tracked: true), ct)).Where(s => s.IsHold).ToList();
        if (holds.Count == 0) return [];
        // Everything that could stand ahead of one of them.
        var around = new TimeSlot(holds.Min(h => h.StartsAt), holds.Max(h => h.EndsAt));
        var room = await sessions.ListAsync(new RoomSessionsSpec(roomId, around, tracked: true), ct);
        var moved = new List<(Session, SessionChange)>();
        foreach (var hold in holds)
        {
            var rank = RankAmong(hold, room);
            if (rank == hold.HoldRank) continue;
            if (rank == 1) moved.Add((hold, SessionChange.Promoted));
            else if (hold.HoldRank == 1) moved.Add((hold, SessionChange.PushedBack));
            hold.PlaceInQueue(rank);
        }
        await sessions.SaveChangesAsync(ct);
        return moved;
    }

    /// <summary>Tells the holds whose place changed, once their new rank is saved.</summary>
    public async Task TellAsync(IEnumerable<(Session Hold, SessionChange Change)> moved)
    {
        foreach (var (hold, change) in moved) await notifications.SendAsync(hold, change, CancellationToken.None);
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
        Query.Where(s => s.RoomId == roomId && s.StartsAt < end && start < s.EndsAt).Where(SessionStatusRules.InSchedule);
        if (!tracked) Query.AsNoTracking();
    }
}
