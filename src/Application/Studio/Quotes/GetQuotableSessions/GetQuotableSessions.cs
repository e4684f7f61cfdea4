using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Invoices.GetBillableSessions;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Quotes.GetQuotableSessions;

/// <summary>A client's sessions still to come and open — holds, pencilled-in and booked ones — soonest first, each with the line a quote would make.</summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record GetQuotableSessionsQuery(Guid ClientId) : IQuery<IReadOnlyList<BillableSessionDto>>;

public sealed class ClientOpenSessionsSpec : Specification<Session>
{
    public const int Limit = 200;

    public ClientOpenSessionsSpec(Guid clientId, DateTimeOffset now) =>
        Query.Where(s => s.ClientId == clientId && s.StartsAt >= now
                         && (s.Status == SessionStatus.Hold || s.Status == SessionStatus.Tentative || s.Status == SessionStatus.Confirmed))
            .OrderBy(s => s.StartsAt).Take(Limit).AsNoTracking();
}

public sealed class GetQuotableSessionsQueryHandler(
    IReadRepository<Session> sessions, IReadRepository<StudioSettings> settings, SessionNames names, TimeProvider clock)
    : IQueryHandler<GetQuotableSessionsQuery, IReadOnlyList<BillableSessionDto>>
{
    public async ValueTask<IReadOnlyList<BillableSessionDto>> Handle(GetQuotableSessionsQuery query, CancellationToken ct)
    {
        var open = await sessions.ListAsync(new ClientOpenSessionsSpec(query.ClientId, clock.GetUtcNow()), ct);
        var studio = await settings.GetStudioSettingsAsync(ct);
        var named = await names.ForAsync([], ct);
        return open.Select(s => BillableSessionDto.Of(s, InvoiceLines.ForSession(s, named, studio), studio)).ToList();
    }
}
