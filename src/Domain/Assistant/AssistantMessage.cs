using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Assistant;

/// <summary>One line of a conversation with the assistant: what a staff member asked or what it answered.</summary>
public sealed class AssistantMessage : Entity
{
    public const string UserRole = "user";
    public const string AssistantRole = "assistant";

    private AssistantMessage() { }

    public AssistantMessage(Guid sessionId, Guid userId, string role, string text, DateTimeOffset at)
    {
        SessionId = sessionId;
        UserId = userId;
        Role = role;
        Text = text.Length > FieldLimits.Notes ? text[..FieldLimits.Notes] : text;
        CreatedAt = at;
    }

    public Guid SessionId { get; private set; }
    public Guid UserId { get; private set; }
    public string Role { get; private set; } = UserRole;
    public string Text { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
