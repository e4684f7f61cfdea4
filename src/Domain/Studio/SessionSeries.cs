using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

/// <summary>
/// Sessions booked together from one recurrence rule (RFC 5545 RRULE, e.g. FREQ=WEEKLY;COUNT=12): the same client,
/// room, engineer and hours on the studio's clock. Each occurrence is a session of its own, moved or cancelled alone,
/// or with those that follow.
/// </summary>
public sealed class SessionSeries : Entity
{
    public const int MaxRuleLength = 200;
    /// <summary>Two years of weekly sessions.</summary>
    public const int MaxOccurrences = 104;

    private SessionSeries() { }

    public SessionSeries(Guid clientId, Guid roomId, Guid? engineerId, string rule, string? title, DateTimeOffset createdAt)
    {
        ClientId = clientId;
        RoomId = roomId;
        EngineerId = engineerId;
        Rule = Guard.Required(rule, nameof(Rule), MaxRuleLength).ToUpperInvariant();
        Title = Guard.Optional(title, nameof(Title), FieldLimits.Title);
        CreatedAt = createdAt;
    }

    public Guid ClientId { get; private set; }
    public Guid RoomId { get; private set; }
    public Guid? EngineerId { get; private set; }
    public string Rule { get; private set; } = "";
    public string? Title { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
