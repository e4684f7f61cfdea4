using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant.GetAssistantAudit;

/// <summary>Every function the assistant called in this studio, newest first: for Owners.</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record GetAssistantAuditQuery(int Limit = 100) : IQuery<IReadOnlyList<AssistantAuditDto>>;

public sealed record AssistantAuditDto(Guid UserId, string SessionId, string Function, string Arguments, string Outcome, DateTimeOffset At);

public sealed class AuditNewestFirstSpec : Specification<AssistantAuditEntry, AssistantAuditDto>
{
    public AuditNewestFirstSpec(int limit)
    {
        Query.OrderByDescending(e => e.CreatedAt).Take(limit).AsNoTracking();
        Query.Select(e => new AssistantAuditDto(e.UserId, e.ConversationId, e.Function, e.Arguments, e.Outcome, e.CreatedAt));
    }
}

public sealed class GetAssistantAuditQueryHandler(IReadRepository<AssistantAuditEntry> audit)
    : IQueryHandler<GetAssistantAuditQuery, IReadOnlyList<AssistantAuditDto>>
{
    public async ValueTask<IReadOnlyList<AssistantAuditDto>> Handle(GetAssistantAuditQuery query, CancellationToken ct) =>
        await audit.ListAsync(new AuditNewestFirstSpec(query.Limit), ct);
}
