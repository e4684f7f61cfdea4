using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Quotes.GetQuotePdf;

[RequiresAccess(Access.ManageStudioData)]
public sealed record GetQuotePdfQuery(Guid Id) : IQuery<InvoicePdf>;

public sealed class GetQuotePdfQueryHandler(IReadRepository<Quote> quotes, InvoicePdfs pdfs) : IQueryHandler<GetQuotePdfQuery, InvoicePdf>
{
    public async ValueTask<InvoicePdf> Handle(GetQuotePdfQuery query, CancellationToken ct) => await pdfs.ForAsync(await quotes.GetOrThrowAsync(query.Id, ct), ct);
}
