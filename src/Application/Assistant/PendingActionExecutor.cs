using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Application.Studio.Sessions.RescheduleSession;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant;

/// <summary>
/// Runs a confirmed action through the very command the API uses (so validation, roles and the no-double-booking rule
/// apply), once: the action is claimed and saved before the command runs.
/// </summary>
public sealed class PendingActionExecutor(IRepository<PendingAction> actions, ISender sender, StudioDirectory directory, TimeProvider clock)
{
    public async Task<string> ExecuteAsync(PendingAction action, CancellationToken ct)
    {
        if (action.Status != PendingActionStatus.Pending)
            return $"That was already {action.Status.ToString().ToLowerInvariant()}: {action.Summary}.";
        try
        {
            action.Claim();
            await actions.SaveChangesAsync(ct);
        }
        catch (ConcurrencyConflictException)
        {
            return $"That is already being done: {action.Summary}.";
        }

        var command = ProposedActionKinds.Deserialize(action.Kind, action.Payload);
        string outcome;
        try
        {
            await sender.Send(command, ct);
            outcome = $"Done: {action.Summary}.";
            action.MarkExecuted(outcome, clock.GetUtcNow());
        }
        catch (Exception ex) when (ex.IsRefusal())
        {
            outcome = $"Not done: {action.Summary}. {ex.Message}" + await NextFreeSlotsAsync(command, ex, ct);
            action.MarkFailed(outcome, clock.GetUtcNow());
        }
        await actions.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>After a booking conflict, the next free slots of the same length in the same room that day.</summary>
    private async Task<string> NextFreeSlotsAsync(object command, Exception error, CancellationToken ct)
    {
        if (error is not ConflictException { Code: "session_overlap" }) return "";
        var (room, start, end) = command switch
        {
            CreateSessionCommand c => (c.RoomId, c.StartsAt, c.EndsAt),
            RescheduleSessionCommand r when r.RoomId is { } roomId => (roomId, r.StartsAt, r.EndsAt),
            _ => (Guid.Empty, default, default),
        };
        if (room == Guid.Empty) return "";
        var slots = await directory.FreeSlotsLikeAsync(room, start, end, ct);
        return slots.Count == 0
            ? " The room has no other free slot of that length that day."
            : " Free that day: " + string.Join(", ", slots) + ".";
    }
}
