using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.GetInvoicePdf;

/// <summary>An invoice as PDF, drafts too (titled "Draft invoice", without a number).</summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record GetInvoicePdfQuery(Guid Id) : IQuery<InvoicePdf>;

public sealed class GetInvoicePdfQueryHandler(IReadRepository<Invoice> invoices, InvoicePdfs pdfs) : IQueryHandler<GetInvoicePdfQuery, InvoicePdf>
{
    public async ValueTask<InvoicePdf> Handle(GetInvoicePdfQuery query, CancellationToken ct) =>
        await pdfs.ForAsync(await invoices.GetOrThrowAsync(query.Id, ct), ct);
}
