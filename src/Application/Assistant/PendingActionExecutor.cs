using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Application.Studio.Sessions.GetSession;
using RecordingStudio.Application.Studio.Sessions.RescheduleSession;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant;

/// <summary>
/// Runs a confirmed action through the very command the API uses (so validation, roles and the no-double-booking rule
/// apply), once: the action is claimed and saved before the command runs.
/// </summary>
public sealed class PendingActionExecutor(IRepository<PendingAction> actions, ISender sender, OverlapExplanations overlaps, TimeProvider clock)
{
    public async Task<string> ExecuteAsync(PendingAction action, CancellationToken ct)
    {
        if (action.Status != PendingActionStatus.Pending) return AlreadySettled(action);
        try
        {
            action.Claim(clock.GetUtcNow());
            await actions.SaveChangesAsync(ct);
        }
        catch (ConcurrencyConflictException)
        {
            return $"That is being carried out by another confirmation: {action.Summary}.";
        }
        catch (Domain.Common.DomainException) when (action.Status == PendingActionStatus.Expired)
        {
            await actions.SaveChangesAsync(ct);
            return $"That proposal expired without a confirmation: {action.Summary}. Ask again if you still want it.";
        }

        var command = AssistantFunctions.DeserializeProposal(action.Kind, action.Payload);
        string outcome;
        try
        {
            await sender.Send(command, ct);
            outcome = $"Done: {action.Summary}.";
            action.MarkExecuted(outcome, clock.GetUtcNow());
        }
        catch (Exception ex) when (ex.IsRefusal())
        {
            outcome = $"Not done: {action.Summary}. {await ExplainAsync(command, ex, ct)}";
            action.MarkFailed(outcome, clock.GetUtcNow());
        }
        await actions.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>What a confirmation (or a cancellation) of an action no longer pending says, in words.</summary>
    public static string AlreadySettled(PendingAction action) => action.Status switch
    {
        PendingActionStatus.Executed => $"That was already done: {action.Summary}.",
        PendingActionStatus.Executing => $"That is being carried out by another confirmation: {action.Summary}.",
        PendingActionStatus.Failed => $"That was tried and refused: {action.Summary}. Propose it again if it is still wanted.",
        PendingActionStatus.Cancelled => $"That was cancelled: {action.Summary}.",
        PendingActionStatus.Withdrawn => $"That proposal was withdrawn by a later message: {action.Summary}.",
        PendingActionStatus.Expired => $"That proposal expired without a confirmation: {action.Summary}. Ask again if you still want it.",
        _ => $"That is still waiting for a confirmation: {action.Summary}.",
    };

    /// <summary>Why it was refused; for a booking conflict, what is in the way and the next free slots of that length.</summary>
    private async Task<string> ExplainAsync(object command, Exception refusal, CancellationToken ct)
    {
        if (!refusal.IsOverlap() || refusal is not ConflictException overlap) return refusal.Sentence();
        var (room, engineer, start, end) = command switch
        {
            CreateSessionCommand c => (c.RoomId, c.EngineerId, c.StartsAt, c.EndsAt),
            RescheduleSessionCommand r => await WhereMovedAsync(r, ct),
            _ => (Guid.Empty, null, default, default),
        };
        return room == Guid.Empty ? overlap.Message : await overlaps.ExplainAsync(overlap, room, engineer, start, end, ct);
    }

    private async Task<(Guid Room, Guid? Engineer, DateTimeOffset Start, DateTimeOffset End)> WhereMovedAsync(RescheduleSessionCommand move, CancellationToken ct)
    {
        var session = await sender.Send(new GetSessionQuery(move.Id), ct);
        return (move.RoomId ?? session.RoomId, move.EngineerId ?? session.EngineerId, move.StartsAt, move.EndsAt);
    }
}
