using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant.ClearAssistantSession;

/// <summary>
/// Forgets the staff member's conversation and withdraws what it still proposes (the audit of function calls stays).
/// Another person's conversation, or none: 404.
/// </summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record ClearAssistantSessionCommand(string SessionId) : ICommand;

public sealed class ClearAssistantSessionCommandHandler(
    IRepository<AssistantMessage> messages, IRepository<PendingAction> actions, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ClearAssistantSessionCommand>
{
    public async ValueTask<Unit> Handle(ClearAssistantSessionCommand command, CancellationToken ct)
    {
        var userId = user.RequireUserId();
        var lines = await messages.ListAsync(new TrackedConversationSpec(command.SessionId, userId), ct);
        if (lines.Count == 0) throw new NotFoundException("Conversation", command.SessionId);
        foreach (var message in lines) messages.Remove(message);
        foreach (var waiting in await actions.ListAsync(new WaitingActionsSpec(command.SessionId, userId), ct)) waiting.Withdraw(clock.GetUtcNow());
        await messages.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
