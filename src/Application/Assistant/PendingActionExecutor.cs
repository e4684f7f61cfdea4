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
        if (action.Status != PendingActionStatus.Pending)
            return $"That was already {action.Status.ToString().ToLowerInvariant()}: {action.Summary}.";
        try
        {
            action.Claim(clock.GetUtcNow());
            await actions.SaveChangesAsync(ct);
        }
        catch (ConcurrencyConflictException)
        {
            return $"That is already being done: {action.Summary}.";
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

    /// <summary>Why it was refused; for a booking conflict, what is in the way and the next free slots of that length.</summary>
    private async Task<string> ExplainAsync(object command, Exception refusal, CancellationToken ct)
    {
        if (!refusal.IsOverlap() || refusal is not ConflictException overlap) return refusal.Message;
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
