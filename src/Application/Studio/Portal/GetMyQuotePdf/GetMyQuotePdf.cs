using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.GetMyQuotePdf;

/// <summary>A quote sent to the signed-in client, as PDF; another client's, or a draft, is not found.</summary>
[RequiresAccess(Access.Portal)]
public sealed record GetMyQuotePdfQuery(Guid Id) : IQuery<InvoicePdf>;

public sealed class GetMyQuotePdfQueryHandler(IRepository<Quote> quotes, InvoicePdfs pdfs, ICurrentUser user) : IQueryHandler<GetMyQuotePdfQuery, InvoicePdf>
{
    public async ValueTask<InvoicePdf> Handle(GetMyQuotePdfQuery query, CancellationToken ct) => await pdfs.ForAsync(await quotes.MineAsync(user, query.Id, ct), ct);
}
