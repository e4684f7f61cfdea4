using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.GetBillableSessions;

/// <summary>
/// A client's sessions that can go on an invoice: booked (not holds, not cancelled or released) or cancelled at a
/// charge, and on no invoice yet, oldest first, each with the line it would make.
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record GetBillableSessionsQuery(Guid ClientId) : IQuery<IReadOnlyList<BillableSessionDto>>;

/// <summary>A session that can be invoiced: the line it would make, and the studio date it is on.</summary>
public sealed record BillableSessionDto(Guid SessionId, DateOnly Day, string Description, decimal Net, decimal Tax, decimal Gross, string Currency)
{
    public static BillableSessionDto Of(Session session, InvoiceLine line, StudioSettings studio) =>
        new(session.Id, studio.Calendar.DateOf(session.StartsAt), line.Description, line.Net, line.Tax, line.Gross, studio.Currency);
}

/// <summary>A client's booked sessions and charged cancellations, newest first (at most the last <see cref="Limit"/>).</summary>
public sealed class ClientBookedSessionsSpec : Specification<Session>
{
    public const int Limit = 500;

    public ClientBookedSessionsSpec(Guid clientId) =>
        Query.Where(s => s.ClientId == clientId && s.Status != SessionStatus.Hold && s.Status != SessionStatus.Released
                         && (s.Status != SessionStatus.Cancelled || s.CancellationCharge > 0))
            .OrderByDescending(s => s.StartsAt).Take(Limit).AsNoTracking();
}

public sealed class GetBillableSessionsQueryHandler(
    IReadRepository<Session> sessions, IReadRepository<Invoice> invoices, IReadRepository<StudioSettings> settings, SessionNames names)
    : IQueryHandler<GetBillableSessionsQuery, IReadOnlyList<BillableSessionDto>>
{
    public async ValueTask<IReadOnlyList<BillableSessionDto>> Handle(GetBillableSessionsQuery query, CancellationToken ct)
    {
        var booked = await sessions.ListAsync(new ClientBookedSessionsSpec(query.ClientId), ct);
        var ids = booked.Select(s => s.Id).ToList();
        var invoiced = (await invoices.ListAsync(new InvoicesOfSessionsSpec(ids), ct))
            .SelectMany(i => i.Lines).Select(l => l.SessionId).OfType<Guid>().ToHashSet();
        var studio = await settings.GetStudioSettingsAsync(ct);
        var named = await names.ForAsync([], ct);
        return booked.Where(s => !invoiced.Contains(s.Id)).OrderBy(s => s.StartsAt)
            .Select(s => BillableSessionDto.Of(s, InvoiceLines.ForSession(s, named, studio), studio)).ToList();
    }
}
