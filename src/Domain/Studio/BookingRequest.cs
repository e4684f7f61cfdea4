using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

public enum BookingRequestStatus
{
    Pending,
    Accepted,
    Declined,
}

/// <summary>
/// A client asking the studio for a slot from the portal: a day and times, a room or any, an engineer or any, a note.
/// The studio accepts it (a session is booked, with every booking check) or declines it with a message.
/// </summary>
public sealed class BookingRequest : Entity
{
    /// <summary>Requests a client may have waiting at once: enough for real use, not a way to flood the studio.</summary>
    public const int MaxPendingPerClient = 20;

    private BookingRequest() { }

    public BookingRequest(Guid clientId, TimeSlot slot, Guid? roomId, Guid? engineerId, string? note, DateTimeOffset createdAt)
    {
        ClientId = clientId;
        StartsAt = slot.Start;
        EndsAt = slot.End;
        RoomId = roomId;
        EngineerId = engineerId;
        Note = Guard.Optional(note, nameof(Note), FieldLimits.Notes);
        CreatedAt = createdAt.ToStoredPrecision();
        Status = BookingRequestStatus.Pending;
    }

    public Guid ClientId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    /// <summary>The room asked for, null for any room; once accepted, the room booked.</summary>
    public Guid? RoomId { get; private set; }
    public Guid? EngineerId { get; private set; }
    public string? Note { get; private set; }
    public BookingRequestStatus Status { get; private set; }
    /// <summary>The studio's message with a decline.</summary>
    public string? Response { get; private set; }
    /// <summary>The session booked when it was accepted.</summary>
    public Guid? SessionId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public uint Version { get; private set; }

    public TimeSlot Slot => new(StartsAt, EndsAt);

    /// <summary>Accepted with the session booked for it: the request now shows its room and engineer.</summary>
    public void Accept(Session session, DateTimeOffset now)
    {
        EnsurePending("accept");
        now = now.ToStoredPrecision();
        (Status, SessionId, RoomId, EngineerId, DecidedAt) = (BookingRequestStatus.Accepted, session.Id, session.RoomId, session.EngineerId, now);
    }

    public void Decline(string message, DateTimeOffset now)
    {
        EnsurePending("decline");
        now = now.ToStoredPrecision();
        (Status, Response, DecidedAt) = (BookingRequestStatus.Declined, Guard.Required(message, nameof(Response), FieldLimits.Notes), now);
    }

    /// <summary>Refuses an answer to a request already answered (409 request_decided).</summary>
    public void EnsurePending(string action)
    {
        if (Status != BookingRequestStatus.Pending)
            throw new InvalidStateException("request_decided", "Cannot {0} a request that is already {1}.", new Term(action), Status);
    }
}
