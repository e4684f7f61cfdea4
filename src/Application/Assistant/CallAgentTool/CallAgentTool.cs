using System.Text.Json;
using Mediator;
using RecordingStudio.Application.Assistant.ListAgentTools;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant.CallAgentTool;

/// <summary>
/// An outside agent (MCP) calls one of the assistant's functions. A question is answered at once; a change is only
/// proposed — kept as a pending action that <c>confirm_action</c> carries out once — exactly as the assistant's are.
/// Every call is audited with the credential it came with.
/// </summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record CallAgentToolCommand(string Tool, IReadOnlyDictionary<string, JsonElement> Arguments) : ICommand<AgentToolResult>;

/// <param name="Pending">The change the call proposed, waiting for confirm_action.</param>
public sealed record AgentToolResult(string Text, PendingActionDto? Pending);

public sealed class CallAgentToolCommandHandler(
    IAgentToolbox toolbox,
    AssistantTurn turn,
    IRepository<AssistantAuditEntry> audit,
    IRepository<PendingAction> actions,
    AssistantOptions options,
    ICurrentUser user,
    TimeProvider clock) : ICommandHandler<CallAgentToolCommand, AgentToolResult>
{
    public async ValueTask<AgentToolResult> Handle(CallAgentToolCommand command, CancellationToken ct)
    {
        var actor = user.RequireActorId();
        // A tool the credential's role may not use does not exist for it.
        var function = AgentTools.For(user).FirstOrDefault(f => f.Name == command.Tool) ?? throw new NotFoundException("Tool", command.Tool);
        var text = await toolbox.RunAsync(function, command.Arguments, ct);

        var now = clock.GetUtcNow();
        var conversation = AgentTools.ConversationId(actor);
        foreach (var call in turn.Calls)
            audit.Add(new AssistantAuditEntry(actor, conversation, call.Name, call.Arguments, call.Outcome, now, AgentTools.Via(user)));
        PendingActionDto? pending = null;
        if (turn.Proposal is { } proposal)
        {
            var action = new PendingAction(conversation, actor, proposal.Kind, AssistantFunctions.SerializeProposal(proposal.Kind, proposal.Command),
                proposal.Summary, now, options.PendingActionLifetime);
            actions.Add(action);
            pending = PendingActionDto.From(action);
        }
        await audit.SaveChangesAsync(ct);
        return new AgentToolResult(text, pending);
    }
}
