using Mediator;
using RecordingStudio.Application.Assistant.ListAgentTools;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant.ConfirmAssistantAction;

/// <summary>
/// The staff member confirms (or cancels) what the assistant proposed — or an outside agent what it proposed with its
/// credential; only their own proposals, each carried out once.
/// </summary>
/// <param name="ByAgent">Sent by an outside agent (MCP): a refused attempt is audited too.</param>
[RequiresAccess(Access.ReadStudio)]
public sealed record ConfirmAssistantActionCommand(Guid ActionId, bool Cancel = false, bool ByAgent = false) : ICommand<ActionOutcomeDto>;

public sealed record ActionOutcomeDto(Guid ActionId, string Status, string Reply);

public sealed class ConfirmAssistantActionCommandHandler(
    IRepository<PendingAction> actions,
    IRepository<AssistantMessage> messages,
    IRepository<AssistantAuditEntry> audit,
    PendingActionExecutor executor,
    ICurrentUser user,
    TimeProvider clock) : ICommandHandler<ConfirmAssistantActionCommand, ActionOutcomeDto>
{
    public async ValueTask<ActionOutcomeDto> Handle(ConfirmAssistantActionCommand command, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var userId = user.RequireActorId(); // an outside agent's API key confirms what it proposed
        var action = await actions.GetByIdAsync(command.ActionId, ct);
        if (action is null || action.UserId != userId)
        {
            // Another credential's action, or none: the same answer as for an unknown id, and the attempt on record.
            if (command.ByAgent)
            {
                audit.Add(new AssistantAuditEntry(userId, AgentTools.ConversationId(userId), command.Cancel ? "cancel_action" : "confirm_action",
                    $"{{\"action_id\":\"{command.ActionId}\"}}", "Refused: no such pending action for this credential.", clock.GetUtcNow(), AgentTools.Via(user)));
                await audit.SaveChangesAsync(ct);
            }
            throw new NotFoundException("Pending action", command.ActionId);
        }

        string reply;
        if (command.Cancel && action.Status == PendingActionStatus.Pending)
        {
            action.Cancel(clock.GetUtcNow());
            reply = $"Cancelled: {action.Summary}.";
        }
        else reply = command.Cancel ? PendingActionExecutor.AlreadySettled(action) : await executor.ExecuteAsync(action, ct);

        // An outside agent's confirmations are audited like its calls (the assistant's "yes" is in its conversation).
        if (AgentTools.IsAgentConversation(action.ConversationId))
            audit.Add(new AssistantAuditEntry(userId, action.ConversationId, command.Cancel ? "cancel_action" : "confirm_action",
                $"{{\"action_id\":\"{action.Id}\"}}", reply, clock.GetUtcNow(), AgentTools.Via(user)));
        messages.Add(new AssistantMessage(action.ConversationId, userId, AssistantMessage.AssistantRole, reply, clock.GetUtcNow(),
            new ReplyFacts("commands", null, 0, 0, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds)));
        await messages.SaveChangesAsync(ct);
        return new ActionOutcomeDto(action.Id, action.Status.ToString().ToLowerInvariant(), reply);
    }
}
