using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant.ClearAssistantSession;

/// <summary>Forgets the staff member's conversation (the audit of function calls stays).</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record ClearAssistantSessionCommand(Guid SessionId) : ICommand;

public sealed class ClearAssistantSessionCommandHandler(IRepository<AssistantMessage> messages, ICurrentUser user)
    : ICommandHandler<ClearAssistantSessionCommand>
{
    public async ValueTask<Unit> Handle(ClearAssistantSessionCommand command, CancellationToken ct)
    {
        var userId = user.RequireUserId();
        foreach (var message in await messages.ListAsync(new TrackedConversationSpec(command.SessionId, userId), ct)) messages.Remove(message);
        await messages.SaveChangesAsync(ct);
        return Unit.Value;
    }
}

public sealed class TrackedConversationSpec : Specification<AssistantMessage>
{
    public TrackedConversationSpec(Guid sessionId, Guid userId) => Query.Where(m => m.SessionId == sessionId && m.UserId == userId);
}
