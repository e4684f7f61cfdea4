using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Portal.GetMyInvoices;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.GetMyInvoicePdf;

/// <summary>One of the signed-in client's issued invoices as PDF; another client's, or a draft, is not found.</summary>
[RequiresAccess(Access.Portal)]
public sealed record GetMyInvoicePdfQuery(Guid Id) : IQuery<InvoicePdf>;

public sealed class GetMyInvoicePdfQueryHandler(IReadRepository<Invoice> invoices, InvoicePdfs pdfs, ICurrentUser user)
    : IQueryHandler<GetMyInvoicePdfQuery, InvoicePdf>
{
    public async ValueTask<InvoicePdf> Handle(GetMyInvoicePdfQuery query, CancellationToken ct)
    {
        var invoice = await invoices.FirstOrDefaultAsync(new ClientInvoicesSpec(user.RequireClientId(), query.Id), ct)
            ?? throw new NotFoundException("Invoice", query.Id);
        return await pdfs.ForAsync(invoice, ct);
    }
}
