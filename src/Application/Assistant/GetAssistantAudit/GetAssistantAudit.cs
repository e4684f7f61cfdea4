using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant.GetAssistantAudit;

/// <summary>Every function the assistant called in this studio, newest first, a page at a time: for Owners.</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record GetAssistantAuditQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<AssistantAuditDto>>;

/// <param name="Via">"assistant", or for an outside agent "mcp · API key Booking bot", "mcp · bearer token".</param>
public sealed record AssistantAuditDto(Guid UserId, string SessionId, string Function, string Arguments, string Outcome, DateTimeOffset At, string Via);

public sealed class AuditNewestFirstSpec : Specification<AssistantAuditEntry, AssistantAuditDto>
{
    public AuditNewestFirstSpec(int page, int pageSize)
    {
        Query.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .AsNoTracking();
        Query.Select(e => new AssistantAuditDto(e.UserId, e.ConversationId, e.Function, e.Arguments, e.Outcome, e.CreatedAt, e.Via));
    }
}

public sealed class GetAssistantAuditQueryHandler(IReadRepository<AssistantAuditEntry> audit)
    : IQueryHandler<GetAssistantAuditQuery, PagedResult<AssistantAuditDto>>
{
    public async ValueTask<PagedResult<AssistantAuditDto>> Handle(GetAssistantAuditQuery query, CancellationToken ct) =>
        await audit.PageAsync(new AuditNewestFirstSpec(query.Page, query.PageSize), query.Page, query.PageSize, ct);
}
