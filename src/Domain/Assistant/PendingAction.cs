using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Assistant;

public enum PendingActionStatus
{
    Pending,
    Executing,
    Executed,
    Failed,
    Cancelled,
    /// <summary>Another message came before the confirmation: a "yes" must answer the proposal right before it.</summary>
    Withdrawn,
    /// <summary>Not confirmed in time.</summary>
    Expired,
}

/// <summary>
/// A change the assistant proposed (a booking, a cancellation…) that waits for the staff member's confirmation:
/// the model never changes data on its own word. It can be confirmed only while it is the conversation's last word and
/// for <see cref="DefaultLifetime"/> (configurable) after it was proposed.
/// </summary>
public sealed class PendingAction : Entity
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(10);

    private PendingAction() { }

    public PendingAction(string conversationId, Guid userId, string kind, string payload, string summary, DateTimeOffset at, TimeSpan lifetime)
    {
        ConversationId = conversationId;
        UserId = userId;
        Kind = kind;
        Payload = payload;
        Summary = summary;
        CreatedAt = at;
        ExpiresAt = at + lifetime;
    }

    public string ConversationId { get; private set; } = "";
    public Guid UserId { get; private set; }
    /// <summary>The function that proposed it, e.g. <c>create_session</c>.</summary>
    public string Kind { get; private set; } = "";
    /// <summary>The command to send, as JSON.</summary>
    public string Payload { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public PendingActionStatus Status { get; private set; }
    public string? Outcome { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    /// <summary>PostgreSQL's row version: two confirmations racing cannot both execute.</summary>
    public uint Version { get; private set; }

    /// <summary>Still waiting and not yet expired: it may be confirmed.</summary>
    public bool IsOpen(DateTimeOffset now) => Status == PendingActionStatus.Pending && now < ExpiresAt;

    /// <summary>Takes the action for execution; saved before the command runs, so a second confirmation finds it taken.</summary>
    public void Claim(DateTimeOffset now)
    {
        if (Status == PendingActionStatus.Pending && now >= ExpiresAt) Expire(now);
        Require(PendingActionStatus.Pending);
        Status = PendingActionStatus.Executing;
    }

    public void MarkExecuted(string outcome, DateTimeOffset at) => Decide(PendingActionStatus.Executing, PendingActionStatus.Executed, outcome, at);

    public void MarkFailed(string outcome, DateTimeOffset at) => Decide(PendingActionStatus.Executing, PendingActionStatus.Failed, outcome, at);

    public void Cancel(DateTimeOffset at) => Decide(PendingActionStatus.Pending, PendingActionStatus.Cancelled, "Cancelled by the user.", at);

    /// <summary>Another message was sent instead of a confirmation; the assistant may propose it again.</summary>
    public void Withdraw(DateTimeOffset at) =>
        Decide(PendingActionStatus.Pending, PendingActionStatus.Withdrawn, "Withdrawn: another message came before a confirmation.", at);

    public void Expire(DateTimeOffset at) => Decide(PendingActionStatus.Pending, PendingActionStatus.Expired, "Expired: not confirmed in time.", at);

    private void Require(PendingActionStatus expected)
    {
        if (Status != expected)
            throw new InvalidStateException("action_already_decided", "This action is already {0}.", Status);
    }

    private void Decide(PendingActionStatus from, PendingActionStatus status, string outcome, DateTimeOffset at)
    {
        Require(from);
        Status = status;
        Outcome = outcome.Length > FieldLimits.Description ? outcome[..FieldLimits.Description] : outcome;
        DecidedAt = at;
    }
}
