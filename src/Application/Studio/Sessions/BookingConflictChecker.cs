using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

/// <summary>
/// Shared by the commands that place a session in time: checks what it refers to exists, applies the room's rules
/// (opening hours, minimum length, turnover after each session) and refuses overlaps with a 409 naming the session in
/// the way, serialized per room and engineer so concurrent requests get the same answer. Every way to book (API, pages,
/// assistant, CLI) goes through here.
/// </summary>
public sealed class BookingConflictChecker(
    IRepository<Session> sessions,
    IReadRepository<Client> clients,
    IReadRepository<Room> rooms,
    IReadRepository<Engineer> engineers,
    IReadRepository<StudioSettings> settings,
    IResourceLocks locks)
{
    /// <summary>
    /// Saves a new or moved session if it can be booked. The check and the save run under the locks of its room and
    /// engineer, so of simultaneous overlapping requests one books and the others see it and get a 409 naming it.
    /// </summary>
    public async Task BookAsync(Session session, CancellationToken ct)
    {
        try
        {
            await locks.RunExclusiveAsync(session.EngineerId is { } engineer ? [session.RoomId, engineer] : [session.RoomId], async () =>
            {
                await EnsureBookableAsync(session, ct);
                await sessions.SaveChangesAsync(ct);
            }, ct);
        }
        catch (BookingOverlapException)
        {
            // An insert that bypassed the locks won at the constraint. Our transaction is rolled back by now, so the
            // follow-up query names the session in the way, as the check would have.
            sessions.Forget(session);
            await EnsureNoOverlapAsync(session, ct);
            throw new ConflictException("session_overlap", "The room or engineer was booked for an overlapping time by another request.");
        }
        catch
        {
            // A refused booking leaves nothing in the unit of work for a later save of the same request to write.
            sessions.Forget(session);
            throw;
        }
    }

    private async Task EnsureBookableAsync(Session session, CancellationToken ct)
    {
        var client = await clients.GetOrThrowAsync(session.ClientId, ct);
        if (client.IsArchived)
            throw new ConflictException("client_archived", $"Client '{client.Name}' is archived and cannot be booked.");
        var room = await rooms.GetOrThrowAsync(session.RoomId, ct);
        if (!room.IsActive)
            throw new ConflictException("room_inactive", $"Room '{room.Name}' is inactive and cannot be booked.");
        await EnsureRoomRulesAsync(session, room, ct);
        if (session.EngineerId is { } engineerId)
        {
            var engineer = await engineers.GetOrThrowAsync(engineerId, ct);
            if (!engineer.IsActive)
                throw new ConflictException("engineer_inactive", $"Engineer '{engineer.Name}' is inactive and cannot be booked.");
        }
        await EnsureNoOverlapAsync(session, ct);
    }

    private async Task EnsureRoomRulesAsync(Session session, Room room, CancellationToken ct)
    {
        if (await RoomRuleRefusals.ForAsync(room, session.Slot, settings, ct) is { } refusal) throw refusal;
        session.HoldRoomFor(room.Rules.Turnover);
    }

    private async Task EnsureNoOverlapAsync(Session session, CancellationToken ct)
    {
        // The query narrows the candidates; the domain rule decides.
        // The room's turnover now (this session holds the room for it): it applies to sessions booked under a shorter one too.
        var turnoverNow = session.RoomHeldUntil - session.EndsAt;
        var candidates = await sessions.ListAsync(
            new SessionsBlockingSlotSpec(session.RoomId, session.EngineerId, session.Slot, session.Id, turnoverNow), ct);
        var blocking = candidates.FirstOrDefault(other => session.CollidesWith(other, turnoverNow));
        if (blocking is null) return;

        var what = blocking.RoomId == session.RoomId ? "room" : "engineer";
        // Times that do not overlap collide only through the room's turnover: say so, or the refusal looks wrong.
        var needed = Math.Max((blocking.RoomHeldUntil - blocking.EndsAt).TotalMinutes, turnoverNow.TotalMinutes);
        var turnover = what == "room" && !blocking.Slot.Overlaps(session.Slot)
            ? $" The room needs {(int)needed} minutes free between sessions."
            : "";
        throw new ConflictException(
            "session_overlap",
            $"The {what} is already booked from {blocking.StartsAt:u} to {blocking.EndsAt:u} by session {blocking.Id}" +
            (blocking.Title is null ? "." : $" (\"{blocking.Title}\").") + turnover,
            new Dictionary<string, object?>
            {
                ["conflictingSessionId"] = blocking.Id,
                ["conflictingStartsAt"] = blocking.StartsAt,
                ["conflictingEndsAt"] = blocking.EndsAt,
                ["conflictingResource"] = what,
            });
    }
}
