using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Assistant;

/// <summary>
/// Every function the assistant — or an outside agent over MCP — called: who, through which credential, which function,
/// with what, and what came of it.
/// </summary>
public sealed class AssistantAuditEntry : Entity
{
    private AssistantAuditEntry() { }

    public AssistantAuditEntry(Guid userId, string conversationId, string function, string arguments, string outcome, DateTimeOffset at,
        string via = Assistant)
    {
        UserId = userId;
        Via = via.Length > FieldLimits.Name ? via[..FieldLimits.Name] : via;
        ConversationId = conversationId;
        Function = function;
        Arguments = arguments.Length > FieldLimits.Description ? arguments[..FieldLimits.Description] : arguments;
        Outcome = outcome.Length > FieldLimits.Description ? outcome[..FieldLimits.Description] : outcome;
        CreatedAt = at;
    }

    /// <summary>The built-in assistant's calls.</summary>
    public const string Assistant = "assistant";

    /// <summary>The account, or for an API key the key, that made the call.</summary>
    public Guid UserId { get; private set; }

    /// <summary>How the call came: "assistant", or "mcp · API key Booking bot", "mcp · bearer token"…</summary>
    public string Via { get; private set; } = Assistant;
    public string ConversationId { get; private set; } = "";
    public string Function { get; private set; } = "";
    public string Arguments { get; private set; } = "";
    public string Outcome { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
