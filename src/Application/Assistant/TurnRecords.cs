using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant;

/// <summary>
/// What a turn leaves behind, the built-in assistant's and an outside agent's alike: every function call audited, and
/// the change it proposed kept as a pending action to confirm. Added to the unit of work; the caller saves.
/// </summary>
public sealed class TurnRecords(AssistantTurn turn, IRepository<AssistantAuditEntry> audit, IRepository<PendingAction> actions, AssistantOptions options)
{
    public PendingActionDto? Record(Guid actor, string conversation, DateTimeOffset now, string via = AssistantAuditEntry.Assistant)
    {
        foreach (var call in turn.Calls)
            audit.Add(new AssistantAuditEntry(actor, conversation, call.Name, call.Arguments, call.Outcome, now, via));
        if (turn.Proposal is not { } proposal) return null;
        var action = new PendingAction(conversation, actor, proposal.Kind, AssistantFunctions.SerializeProposal(proposal.Kind, proposal.Command),
            proposal.Summary, now, options.PendingActionLifetime);
        actions.Add(action);
        return PendingActionDto.From(action);
    }
}
