using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Application.Studio.Sessions.GetSession;
using RecordingStudio.Application.Studio.Sessions.RescheduleSession;
using RecordingStudio.Application.Studio.Sessions;
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
            return Text.Say("That is being carried out by another confirmation: {0}.", action.Summary);
        }
        catch (Domain.Common.DomainException) when (action.Status == PendingActionStatus.Expired)
        {
            await actions.SaveChangesAsync(ct);
            return Text.Say("That proposal expired without a confirmation: {0}. Ask again if you still want it.", action.Summary);
        }

        var command = AssistantFunctions.DeserializeProposal(action.Kind, action.Payload);
        string outcome;
        try
        {
            await sender.Send(command, ct);
            outcome = Text.Say("Done: {0}.", action.Summary);
            action.MarkExecuted(outcome, clock.GetUtcNow());
        }
        catch (Exception ex) when (ex.IsRefusal())
        {
            outcome = Text.Say("Not done: {0}. {1}", action.Summary, await ExplainAsync(command, ex, ct));
            action.MarkFailed(outcome, clock.GetUtcNow());
        }
        await actions.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>What a confirmation (or a cancellation) of an action no longer pending says, in words.</summary>
    public static string AlreadySettled(PendingAction action) => action.Status switch
    {
        PendingActionStatus.Executed => Text.Say("That was already done: {0}.", action.Summary),
        PendingActionStatus.Executing => Text.Say("That is being carried out by another confirmation: {0}.", action.Summary),
        PendingActionStatus.Failed => Text.Say("That was tried and refused: {0}. Propose it again if it is still wanted.", action.Summary),
        PendingActionStatus.Cancelled => Text.Say("That was cancelled: {0}.", action.Summary),
        PendingActionStatus.Withdrawn => Text.Say("That proposal was withdrawn by a later message: {0}.", action.Summary),
        PendingActionStatus.Expired => Text.Say("That proposal expired without a confirmation: {0}. Ask again if you still want it.", action.Summary),
        _ => Text.Say("That is still waiting for a confirmation: {0}.", action.Summary),
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
        return room == Guid.Empty ? overlap.Sentence() : await overlaps.ExplainAsync(overlap, room, engineer, start, end, ct);
    }

    private async Task<(Guid Room, Guid? Engineer, DateTimeOffset Start, DateTimeOffset End)> WhereMovedAsync(RescheduleSessionCommand move, CancellationToken ct)
    {
        var session = await sender.Send(new GetSessionQuery(move.Id), ct);
        return (move.RoomId ?? session.RoomId, move.EngineerId ?? session.EngineerId, move.StartsAt, move.EndsAt);
    }
}
