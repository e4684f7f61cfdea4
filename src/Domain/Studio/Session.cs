using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

/// <summary>A booking of a room (and optionally an engineer) for a client.</summary>
public sealed class Session : Entity
{
    private Session() { }

    public Session(Guid clientId, Guid roomId, Guid? engineerId, TimeSlot slot, string? title, string? notes, bool tentative = false)
    {
        ClientId = clientId;
        RoomId = roomId;
        EngineerId = engineerId;
        StartsAt = slot.Start;
        EndsAt = slot.End;
        RoomHeldUntil = slot.End;
        Title = Guard.Optional(title, nameof(Title), FieldLimits.Title);
        Notes = Guard.Optional(notes, nameof(Notes), FieldLimits.Notes);
        Status = tentative ? SessionStatus.Tentative : SessionStatus.Confirmed;
    }

    public Guid ClientId { get; private set; }
    public Guid RoomId { get; private set; }
    public Guid? EngineerId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    /// <summary>The end plus the room's turnover when it was booked: the room is not free for another session before.</summary>
    public DateTimeOffset RoomHeldUntil { get; private set; }
    public string? Title { get; private set; }
    public string? Notes { get; private set; }
    public SessionStatus Status { get; private set; }
    /// <summary>How many times the session was moved or cancelled: the iCalendar SEQUENCE of the invitations sent for it.</summary>
    public int Sequence { get; private set; }

    public TimeSlot Slot => new(StartsAt, EndsAt);

    /// <summary>
    /// True when this session holds the same room as <paramref name="other"/> at an overlapping time (each with its
    /// room's turnover after it — the other's as it was booked, or <paramref name="roomTurnover"/>, the room's turnover
    /// now, when that is longer), or the same engineer (the engineer needs no turnover).
    /// </summary>
    public bool CollidesWith(Session other, TimeSpan roomTurnover = default)
    {
        var otherHeld = other.RoomHeldUntil > other.EndsAt + roomTurnover ? other.RoomHeldUntil : other.EndsAt + roomTurnover;
        return other.Id != Id
            && Status.BlocksSchedule() && other.Status.BlocksSchedule()
            && ((other.RoomId == RoomId && StartsAt < otherHeld && other.StartsAt < RoomHeldUntil)
                || (EngineerId is not null && other.EngineerId == EngineerId && Slot.Overlaps(other.Slot)));
    }

    /// <summary>Keeps the room free for <paramref name="turnover"/> after the session (the room's rule when booked or moved).</summary>
    public void HoldRoomFor(TimeSpan turnover) => RoomHeldUntil = EndsAt + turnover;

    public void Reschedule(TimeSlot slot, Guid? roomId = null, Guid? engineerId = null, bool changeEngineer = false)
    {
        EnsureOpen("reschedule");
        StartsAt = slot.Start;
        EndsAt = slot.End;
        RoomHeldUntil = slot.End;
        Sequence++;
        if (roomId is { } room) RoomId = room;
        if (changeEngineer) EngineerId = engineerId;
    }

    public void Confirm()
    {
        EnsureOpen("confirm");
        Status = SessionStatus.Confirmed;
    }

    public void Cancel()
    {
        EnsureOpen("cancel");
        Status = SessionStatus.Cancelled;
        Sequence++;
    }

    public void Complete(DateTimeOffset now)
    {
        EnsureOpen("complete");
        if (now < StartsAt)
            throw new InvalidStateException("session_not_started", "A session cannot be completed before it starts.");
        Status = SessionStatus.Completed;
    }

    public void MarkNoShow(DateTimeOffset now)
    {
        EnsureOpen("mark as no-show");
        if (now < StartsAt)
            throw new InvalidStateException("session_not_started", "A session cannot be a no-show before it starts.");
        Status = SessionStatus.NoShow;
    }

    private void EnsureOpen(string action)
    {
        if (!Status.IsOpen())
            throw new InvalidStateException("invalid_status_transition",
                $"Cannot {action} a session that is {Status.ToString().ToLowerInvariant()}.");
    }
}
