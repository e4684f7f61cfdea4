using Ardalis.Specification;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant;

public sealed class ConversationSpec : Specification<AssistantMessage>
{
    /// <summary>The newest messages of one user's conversation, newest first.</summary>
    public ConversationSpec(string conversationId, Guid userId, int take = 200) =>
        Query.Where(m => m.ConversationId == conversationId && m.UserId == userId).OrderByDescending(m => m.CreatedAt).Take(take).AsNoTracking();
}

public sealed class TrackedConversationSpec : Specification<AssistantMessage>
{
    public TrackedConversationSpec(string conversationId, Guid userId) =>
        Query.Where(m => m.ConversationId == conversationId && m.UserId == userId);
}

public sealed class WaitingActionsSpec : Specification<PendingAction>
{
    /// <summary>The conversation's proposals still waiting for their user's word (expired or not), newest first.</summary>
    public WaitingActionsSpec(string conversationId, Guid userId) =>
        Query.Where(a => a.ConversationId == conversationId && a.UserId == userId && a.Status == PendingActionStatus.Pending)
            .OrderByDescending(a => a.CreatedAt);
}

public sealed class ModelRepliesSinceSpec : Specification<AssistantMessage>
{
    /// <summary>The answers a language model gave (not the built-in commands' nor the canned ones) since a moment: what a plan counts.</summary>
    public ModelRepliesSinceSpec(DateTimeOffset since) =>
        Query.Where(m => m.Role == AssistantMessage.AssistantRole && m.CreatedAt >= since
                         && m.Provider != null && m.Provider != "commands" && m.Provider != "none");
}
