using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant.GetAssistantSession;

/// <summary>The signed-in staff member's own conversation, oldest first.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetAssistantSessionQuery(Guid SessionId) : IQuery<AssistantSessionDto>;

public sealed record AssistantSessionDto(Guid SessionId, IReadOnlyList<AssistantMessageDto> Messages);

public sealed record AssistantMessageDto(string Role, string Text, DateTimeOffset At);

public sealed class GetAssistantSessionQueryHandler(IReadRepository<AssistantMessage> messages, ICurrentUser user)
    : IQueryHandler<GetAssistantSessionQuery, AssistantSessionDto>
{
    public async ValueTask<AssistantSessionDto> Handle(GetAssistantSessionQuery query, CancellationToken ct)
    {
        var lines = await messages.ListAsync(new ConversationSpec(query.SessionId, user.RequireUserId()), ct);
        return new AssistantSessionDto(query.SessionId, lines.AsEnumerable().Reverse().Select(m => new AssistantMessageDto(m.Role, m.Text, m.CreatedAt)).ToList());
    }
}
