using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.GetInvoice;

[RequiresAccess(Access.ManageStudioData)]
public sealed record GetInvoiceQuery(Guid Id) : IQuery<InvoiceDto>;

/// <summary>An invoice with its payments and credit notes.</summary>
public sealed class GetInvoiceQueryHandler(IReadRepository<Invoice> invoices, InvoiceViews views) : IQueryHandler<GetInvoiceQuery, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(GetInvoiceQuery query, CancellationToken ct) =>
        await views.OneAsync(await invoices.GetOrThrowAsync(query.Id, ct), ct);
}
