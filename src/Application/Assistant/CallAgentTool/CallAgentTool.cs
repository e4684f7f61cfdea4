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
/// <param name="IsError">The tool said no (bad input, a clash, a rule) or failed; <paramref name="Text"/> says why.</param>
public sealed record AgentToolResult(string Text, PendingActionDto? Pending, bool IsError = false);

public sealed class CallAgentToolCommandHandler(
    IAgentToolbox toolbox,
    AssistantTurn turn,
    IRepository<AssistantAuditEntry> audit,
    TurnRecords records,
    ICurrentUser user,
    TimeProvider clock) : ICommandHandler<CallAgentToolCommand, AgentToolResult>
{
    public async ValueTask<AgentToolResult> Handle(CallAgentToolCommand command, CancellationToken ct)
    {
        var actor = user.RequireActorId();
        var conversation = AgentTools.ConversationId(actor);
        // A tool the credential's role may not use does not exist for it. Refused calls are audited too: an agent probing
        // for tools it may not use, or sending what no tool takes, is something the studio wants to see.
        var function = AgentTools.For(user).FirstOrDefault(f => f.Name == command.Tool);
        if (function is null)
        {
            await AuditRefusalAsync(command, conversation, actor, "Refused: there is no such tool for this credential.", ct);
            throw new NotFoundException("Tool", command.Tool);
        }
        string text;
        try
        {
            text = await toolbox.RunAsync(function, command.Arguments, ct);
        }
        catch (FluentValidation.ValidationException refused)
        {
            await AuditRefusalAsync(command, conversation, actor, $"Refused: {refused.Sentence()}", ct);
            throw;
        }

        var pending = records.Record(actor, conversation, clock.GetUtcNow(), AgentTools.Via(user));
        await audit.SaveChangesAsync(ct);
        return new AgentToolResult(text, pending, turn.LastRefused);
    }

    private async Task AuditRefusalAsync(CallAgentToolCommand command, string conversation, Guid actor, string outcome, CancellationToken ct)
    {
        audit.Add(new AssistantAuditEntry(actor, conversation, command.Tool, JsonSerializer.Serialize(command.Arguments), outcome,
            clock.GetUtcNow(), AgentTools.Via(user)));
        await audit.SaveChangesAsync(ct);
    }
}
