using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Series;
using RecordingStudio.Application.Studio.Sessions.Holds;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Common;
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
    IResourceLocks locks,
    HoldQueue queue,
    IRepository<SessionSeries> seriesRepository,
    ITenantContext tenant,
    TimeProvider clock)
{
    /// <summary>
    /// Saves a new or moved session if it can be booked. The check and the save run under the locks of its room and
    /// engineer, so of simultaneous overlapping requests one books and the others see it and get a 409 naming it.
    /// </summary>
    /// <param name="reprice">False to keep the price it has (confirming a hold or a pencilled-in session keeps its price).</param>
    public async Task BookAsync(Session session, CancellationToken ct, bool reprice = true)
    {
        try
        {
            await locks.RunExclusiveAsync(session.EngineerId is { } engineer ? [session.RoomId, engineer] : [session.RoomId], async () =>
            {
                await EnsureBookableAsync(session, reprice, ct);
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

    /// <summary>
    /// Books the occurrences of a series in one transaction under the locks of its room and engineer, each checked as a
    /// booking is (the room's rules, the sessions in the way — read in one query for the whole span — and the series'
    /// own earlier occurrences). All or nothing unless <paramref name="freeOnly"/>; returns the occurrences left out.
    /// </summary>
    /// <exception cref="ConflictException">series_conflict, with each occurrence refused and why.</exception>
    public async Task<IReadOnlyList<(Session Occurrence, ConflictException Why)>> BookSeriesAsync(
        SessionSeries series, IReadOnlyList<Session> occurrences, bool freeOnly, CancellationToken ct)
    {
        try
        {
            return await PlaceAllAsync(occurrences, freeOnly, "booked", accepted =>
            {
                seriesRepository.Add(series);
                foreach (var occurrence in accepted) sessions.Add(occurrence);
            }, ct);
        }
        catch
        {
            seriesRepository.Forget(series);
            throw;
        }
    }

    /// <summary>Saves sessions of a series moved together (this and following), all or none, each checked as a move is.</summary>
    /// <exception cref="ConflictException">series_conflict, with each session that cannot go to its new time and why.</exception>
    public Task MoveSeriesAsync(IReadOnlyList<Session> moved, CancellationToken ct) => PlaceAllAsync(moved, freeOnly: false, "moved", _ => { }, ct);

    /// <summary>
    /// Checks many sessions at once under the locks of every room and engineer they use: per room and engineer, the
    /// sessions in the way are read in one query for the whole span (the sessions being placed left out, at their old
    /// times), then each is checked against them and against those placed before it.
    /// </summary>
    private async Task<IReadOnlyList<(Session Occurrence, ConflictException Why)>> PlaceAllAsync(
        IReadOnlyList<Session> placing, bool freeOnly, string done, Action<List<Session>> add, CancellationToken ct)
    {
        var refused = new List<(Session Occurrence, ConflictException Why)>();
        var resources = placing.SelectMany(s => s.EngineerId is { } engineer ? new[] { s.RoomId, engineer } : [s.RoomId]).Distinct().ToList();
        try
        {
            await locks.RunExclusiveAsync(resources, async () =>
            {
                var ids = placing.Select(s => s.Id).ToHashSet();
                var groups = new Dictionary<(Guid Client, Guid Room, Guid? Engineer), (Room Room, Engineer? Engineer, List<Session> InTheWay)>();
                foreach (var group in placing.GroupBy(s => (Client: s.ClientId, Room: s.RoomId, Engineer: s.EngineerId)))
                {
                    var (room, engineer) = await EnsureCanBookAsync(group.Key.Client, group.Key.Room, group.Key.Engineer, ct);
                    var span = new TimeSlot(group.Min(s => s.StartsAt), group.Max(s => s.EndsAt));
                    var inTheWay = await sessions.ListAsync(new SessionsBlockingSlotSpec(room.Id, group.Key.Engineer, span, null, room.Rules.Turnover), ct);
                    groups[group.Key] = (room, engineer, inTheWay.Where(s => !ids.Contains(s.Id)).ToList());
                }
                var studio = await settings.GetStudioSettingsAsync(ct);
                var accepted = new List<Session>();
                foreach (var session in placing)
                {
                    var (room, engineer, inTheWay) = groups[(session.ClientId, session.RoomId, session.EngineerId)];
                    session.HoldRoomFor(room.Rules.Turnover);
                    Price(session, room, engineer, studio, clock.GetUtcNow());
                    var why = await RoomRuleRefusals.ForAsync(room, session.Slot, settings, ct)
                        ?? await OverlapRefusalAsync(session, inTheWay.Concat(accepted), room.Rules.Turnover, ct);
                    if (why is null) accepted.Add(session);
                    else refused.Add((session, why));
                }
                if (refused.Count > 0 && (!freeOnly || accepted.Count == 0)) throw SeriesRefused(placing.Count, refused, freeOnly, done, ids);
                add(accepted);
                await sessions.SaveChangesAsync(ct);
            }, ct, overlapsAtCommit: done == "moved");
        }
        catch (BookingOverlapException)
        {
            Forget(placing);
            throw new ConflictException("session_overlap", done == "moved"
                ? "A session of the series was booked over by another request meanwhile; none was moved. Try again."
                : "A session of the series was booked over by another request meanwhile; none was booked. Try again.");
        }
        catch
        {
            Forget(placing);
            throw;
        }
        return refused;
    }

    private void Forget(IEnumerable<Session> placing)
    {
        foreach (var session in placing) sessions.Forget(session);
    }

    private static ConflictException SeriesRefused(int count, List<(Session Occurrence, ConflictException Why)> refused, bool freeOnly, string done,
        IReadOnlySet<Guid> sameSeries) =>
        new("series_conflict", (freeOnly, done) switch
            {
                (true, "moved") => "None of the {0} sessions of the series can be moved.",
                (true, _) => "None of the {0} sessions of the series can be booked.",
                (false, "moved") => "{1} of the {0} sessions of the series cannot be moved, so none was.",
                _ => "{1} of the {0} sessions of the series cannot be booked, so none was. Book only the free ones (bookFreeOnly), or change the series.",
            }, count, refused.Count)
        {
            Details = new Dictionary<string, object?> { ["conflicts"] = refused.Select(r => SeriesConflictDto.Of(r.Occurrence, r.Why, sameSeries, saved: done == "moved")).ToList() },
        };

    private async Task EnsureBookableAsync(Session session, bool reprice, CancellationToken ct)
    {
        var (room, engineer) = await EnsureCanBookAsync(session.ClientId, session.RoomId, session.EngineerId, ct);
        if (await RoomRuleRefusals.ForAsync(room, session.Slot, settings, ct) is { } refusal) throw refusal;
        session.HoldRoomFor(room.Rules.Turnover);
        if (reprice) Price(session, room, engineer, await settings.GetStudioSettingsAsync(ct), clock.GetUtcNow());
        await EnsureNoOverlapAsync(session, ct);
        if (session.IsHold) await queue.PlaceAsync(session, ct);
    }

    /// <summary>
    /// Prices a session being booked or moved with the room's and engineer's rates now and its own adjustment: the
    /// price is kept from then on (a rate changed later does not touch a session already booked).
    /// </summary>
    private void Price(Session session, Room room, Engineer? engineer, StudioSettings studio, DateTimeOffset now)
    {
        session.SetPrice(SessionPricing.Price(session.Slot.Duration, room.Rates, engineer?.HourlyRate, studio.TaxPercent,
            studio.PricesIncludeTax, studio.Currency, session.Adjustment, TextExtensions.PriceWords(tenant.Tenant?.Language)));
        session.AskDeposit(studio.Deposit, now); // once, at booking: a move keeps the deposit asked then
    }

    /// <summary>The client, room and engineer exist and can be booked; returns the room (its rules and rates apply) and the engineer.</summary>
    private async Task<(Room Room, Engineer? Engineer)> EnsureCanBookAsync(Guid clientId, Guid roomId, Guid? engineerId, CancellationToken ct)
    {
        var client = await clients.GetOrThrowAsync(clientId, ct);
        if (client.IsArchived)
            throw new ConflictException("client_archived", "Client '{0}' is archived and cannot be booked.", client.Name);
        var room = await rooms.GetOrThrowAsync(roomId, ct);
        if (!room.IsActive)
            throw new ConflictException("room_inactive", "Room '{0}' is inactive and cannot be booked.", room.Name);
        Engineer? engineer = null;
        if (engineerId is { } id)
        {
            engineer = await engineers.GetOrThrowAsync(id, ct);
            if (!engineer.IsActive)
                throw new ConflictException("engineer_inactive", "Engineer '{0}' is inactive and cannot be booked.", engineer.Name);
        }
        return (room, engineer);
    }

    private async Task EnsureNoOverlapAsync(Session session, CancellationToken ct)
    {
        // The query narrows the candidates; the domain rule decides.
        // The room's turnover now (this session holds the room for it): it applies to sessions booked under a shorter one too.
        var turnoverNow = session.RoomHeldUntil - session.EndsAt;
        var candidates = await sessions.ListAsync(
            new SessionsBlockingSlotSpec(session.RoomId, session.EngineerId, session.Slot, session.Id, turnoverNow), ct);
        if (await OverlapRefusalAsync(session, candidates, turnoverNow, ct) is { } refusal) throw refusal;
    }

    /// <summary>The 409 naming the first of <paramref name="candidates"/> in the session's way; null when none is.</summary>
    private async Task<ConflictException?> OverlapRefusalAsync(Session session, IEnumerable<Session> candidates, TimeSpan turnoverNow, CancellationToken ct)
    {
        var blocking = candidates.FirstOrDefault(other => session.CollidesWith(other, turnoverNow));
        if (blocking is null) return null;
        if (blocking.IsHold) return await HeldAsync(session, blocking, ct);

        var what = blocking.RoomId == session.RoomId ? "room" : "engineer";
        // Times that do not overlap collide only through the room's turnover: say so, or the refusal looks wrong.
        var needed = (int)Math.Max((blocking.RoomHeldUntil - blocking.EndsAt).TotalMinutes, turnoverNow.TotalMinutes);
        var template = (what, blocking.Title is null, what == "room" && !blocking.Slot.Overlaps(session.Slot)) switch
        {
            ("room", true, false) => "The room is already booked from {0:u} to {1:u} by session {2}.",
            ("room", false, false) => "The room is already booked from {0:u} to {1:u} by session {2} (\"{3}\").",
            (_, true, true) => "The room is already booked from {0:u} to {1:u} by session {2}. The room needs {4} minutes free between sessions.",
            (_, false, true) => "The room is already booked from {0:u} to {1:u} by session {2} (\"{3}\"). The room needs {4} minutes free between sessions.",
            (_, true, _) => "The engineer is already booked from {0:u} to {1:u} by session {2}.",
            _ => "The engineer is already booked from {0:u} to {1:u} by session {2} (\"{3}\").",
        };
        return new ConflictException("session_overlap", template, blocking.StartsAt, blocking.EndsAt, blocking.Id, blocking.Title, needed)
        {
            Details = new Dictionary<string, object?>
            {
                ["conflictingSessionId"] = blocking.Id,
                ["conflictingStartsAt"] = blocking.StartsAt,
                ["conflictingEndsAt"] = blocking.EndsAt,
                ["conflictingResource"] = what,
            },
        };
    }

    /// <summary>A booking (or a hold being confirmed) refused by a hold ahead of it: says who holds the slot and until when.</summary>
    private async Task<ConflictException> HeldAsync(Session session, Session hold, CancellationToken ct)
    {
        var what = hold.RoomId == session.RoomId ? "room" : "engineer";
        var holder = (await clients.GetByIdAsync(hold.ClientId, ct))?.Name;
        var template = (what, session.IsHold) switch
        {
            ("room", true) => "The room is on {0} for {1} from {2:u} to {3:u} (session {4}), until {5:u}. A hold is confirmed once the holds ahead of it are released or expire.",
            ("room", false) => "The room is on {0} for {1} from {2:u} to {3:u} (session {4}), until {5:u}. Place a hold behind it, or challenge it.",
            (_, true) => "The engineer is on {0} for {1} from {2:u} to {3:u} (session {4}), until {5:u}. A hold is confirmed once the holds ahead of it are released or expire.",
            _ => "The engineer is on {0} for {1} from {2:u} to {3:u} (session {4}), until {5:u}. Place a hold behind it, or challenge it.",
        };
        return new ConflictException("session_on_hold", template, TextExtensions.HoldTerm(hold.HoldRank), (object?)holder ?? new Term("another client"), hold.StartsAt, hold.EndsAt, hold.Id, hold.HoldExpiresAt)
        {
            Details = new Dictionary<string, object?>
            {
                ["conflictingSessionId"] = hold.Id,
                ["conflictingStartsAt"] = hold.StartsAt,
                ["conflictingEndsAt"] = hold.EndsAt,
                ["conflictingResource"] = what,
                ["heldBy"] = holder,
                ["holdRank"] = hold.HoldRank,
                ["holdExpiresAt"] = hold.HoldExpiresAt,
            },
        };
    }
}
