using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Assistant;

/// <summary>
/// One line of a conversation with the assistant: what a staff member asked or what it answered, with how the answer
/// was made (provider, model, tokens, latency), so the panel can show a conversation again exactly as it went.
/// </summary>
public sealed class AssistantMessage : Entity
{
    public const string UserRole = "user";
    public const string AssistantRole = "assistant";

    private AssistantMessage() { }

    public AssistantMessage(string conversationId, Guid userId, string role, string text, DateTimeOffset at, ReplyFacts? facts = null)
    {
        ConversationId = conversationId;
        UserId = userId;
        Role = role;
        Text = text.Length > FieldLimits.Notes ? text[..FieldLimits.Notes] : text;
        CreatedAt = at;
        (Provider, Model, InputTokens, OutputTokens, LatencyMs) =
            (facts?.Provider, facts?.Model, facts?.InputTokens, facts?.OutputTokens, facts?.LatencyMs);
    }

    /// <summary>The caller's own id for the conversation (e.g. "test-123"), scoped to the staff member.</summary>
    public string ConversationId { get; private set; } = "";
    public Guid UserId { get; private set; }
    public string Role { get; private set; } = UserRole;
    public string Text { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string? Provider { get; private set; }
    public string? Model { get; private set; }
    public int? InputTokens { get; private set; }
    public int? OutputTokens { get; private set; }
    public long? LatencyMs { get; private set; }
}

/// <summary>How an answer was made: by which provider and model, for how many tokens, in how long.</summary>
public sealed record ReplyFacts(string Provider, string? Model, int InputTokens, int OutputTokens, long LatencyMs);
