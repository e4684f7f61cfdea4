using Mediator;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Assistant.ListAgentTools;

/// <summary>The tools an outside agent may use with this credential: the assistant's functions its role may use.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record ListAgentToolsQuery : IQuery<IReadOnlyList<AgentTool>>;

public sealed class ListAgentToolsQueryHandler(IAgentToolbox toolbox, ICurrentUser user) : IQueryHandler<ListAgentToolsQuery, IReadOnlyList<AgentTool>>
{
    public ValueTask<IReadOnlyList<AgentTool>> Handle(ListAgentToolsQuery query, CancellationToken ct) =>
        ValueTask.FromResult(toolbox.Describe(AgentTools.For(user)));
}

public static class AgentTools
{
    private static readonly HashSet<FunctionCue> Every = [.. Enum.GetValues<FunctionCue>()];

    /// <summary>Every function the role may use (an agent has no message to choose by).</summary>
    public static IEnumerable<AssistantFunction> For(ICurrentUser user) =>
        user.Role is { } role ? AssistantFunctions.Offered(Every, role) : [];

    /// <summary>How an agent's calls are marked in the audit: "mcp · API key Booking bot".</summary>
    public static string Via(ICurrentUser user) => $"mcp · {user.Credential ?? "unknown credential"}";

    private const string ConversationPrefix = "mcp:";

    /// <summary>The agent's calls and proposals are kept apart from the person's assistant conversations.</summary>
    public static string ConversationId(Guid actor) => $"{ConversationPrefix}{actor:N}";

    public static bool IsAgentConversation(string conversationId) => conversationId.StartsWith(ConversationPrefix, StringComparison.Ordinal);
}
