using Ardalis.Specification;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;
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

/// <summary>How long a proposal waits for its confirmation (Assistant:PendingActionMinutes).</summary>
public sealed record AssistantOptions(TimeSpan PendingActionLifetime)
{
    public static readonly AssistantOptions Default = new(PendingAction.DefaultLifetime);
}

internal static class AssistantUser
{
    /// <summary>Conversations belong to a person: an API key has no account to keep them for.</summary>
    public static Guid RequireUserId(this ICurrentUser user) =>
        user.UserId ?? throw new ForbiddenException("forbidden", "The assistant answers staff members signed in with their own account.");
}

/// <summary>Keeps history within a budget: the newest lines that fit, oldest first (about 4 characters a token).</summary>
internal static class HistoryBudget
{
    public const int Tokens = 800;

    public static IReadOnlyList<ChatLine> Trim(IEnumerable<AssistantMessage> newestFirst)
    {
        var kept = new List<ChatLine>();
        var budget = Tokens * 4;
        foreach (var message in newestFirst)
        {
            budget -= message.Text.Length;
            if (budget < 0) break;
            kept.Add(new ChatLine(message.Role, message.Text));
        }
        kept.Reverse();
        return kept;
    }
}
