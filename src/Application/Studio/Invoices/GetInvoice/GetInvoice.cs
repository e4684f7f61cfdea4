using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.GetInvoice;

[RequiresAccess(Access.ManageStudioData)]
public sealed record GetInvoiceQuery(Guid Id) : IQuery<InvoiceDto>;

public sealed class GetInvoiceQueryHandler(IReadRepository<Invoice> invoices, IReadRepository<Client> clients) : IQueryHandler<GetInvoiceQuery, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(GetInvoiceQuery query, CancellationToken ct)
    {
        var invoice = await invoices.GetOrThrowAsync(query.Id, ct);
        return InvoiceDto.Of(invoice, (await clients.GetByIdAsync(invoice.ClientId, ct))?.Name ?? "");
    }
}
