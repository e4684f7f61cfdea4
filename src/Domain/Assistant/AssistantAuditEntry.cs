using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Assistant;

/// <summary>Every function the assistant called: who, which, with what, and what came of it.</summary>
public sealed class AssistantAuditEntry : Entity
{
    private AssistantAuditEntry() { }

    public AssistantAuditEntry(Guid userId, string conversationId, string function, string arguments, string outcome, DateTimeOffset at)
    {
        UserId = userId;
        ConversationId = conversationId;
        Function = function;
        Arguments = arguments.Length > FieldLimits.Description ? arguments[..FieldLimits.Description] : arguments;
        Outcome = outcome.Length > FieldLimits.Description ? outcome[..FieldLimits.Description] : outcome;
        CreatedAt = at;
    }

    public Guid UserId { get; private set; }
    public string ConversationId { get; private set; } = "";
    public string Function { get; private set; } = "";
    public string Arguments { get; private set; } = "";
    public string Outcome { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
