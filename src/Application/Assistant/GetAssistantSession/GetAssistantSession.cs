using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant.GetAssistantSession;

/// <summary>
/// The signed-in staff member's own conversation, oldest first, each answer with how it was made, and the proposal
/// still waiting for a confirmation: all a panel needs to show the conversation again. Another person's, or none: 404.
/// </summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetAssistantSessionQuery(string SessionId) : IQuery<AssistantSessionDto>;

public sealed record AssistantSessionDto(string SessionId, IReadOnlyList<AssistantMessageDto> Messages, PendingActionDto? PendingAction);

public sealed record AssistantMessageDto(string Role, string Text, DateTimeOffset At, string? Provider, string? Model, TokenUsage? Usage, long? LatencyMs);

public sealed class GetAssistantSessionQueryHandler(
    IReadRepository<AssistantMessage> messages, IReadRepository<PendingAction> actions, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetAssistantSessionQuery, AssistantSessionDto>
{
    public async ValueTask<AssistantSessionDto> Handle(GetAssistantSessionQuery query, CancellationToken ct)
    {
        var userId = user.RequireUserId();
        var lines = await messages.ListAsync(new ConversationSpec(query.SessionId, userId), ct);
        if (lines.Count == 0) throw new NotFoundException("Conversation", query.SessionId);
        var waiting = await actions.FirstOrDefaultAsync(new WaitingActionsSpec(query.SessionId, userId), ct);
        return new AssistantSessionDto(query.SessionId,
            lines.AsEnumerable().Reverse().Select(m => new AssistantMessageDto(m.Role, m.Text, m.CreatedAt, m.Provider, m.Model,
                m.InputTokens is { } input ? new TokenUsage(input, m.OutputTokens ?? 0) : null, m.LatencyMs)).ToList(),
            waiting is not null && waiting.IsOpen(clock.GetUtcNow()) ? PendingActionDto.From(waiting) : null);
    }
}
