using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.GetInvoices;

/// <summary>The studio's invoices, of one client and one status or all, newest first, a page at a time.</summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record GetInvoicesQuery(Guid? ClientId = null, InvoiceStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<InvoiceDto>>;

public sealed class GetInvoicesQueryHandler(IReadRepository<Invoice> invoices, InvoiceViews views) : IQueryHandler<GetInvoicesQuery, PagedResult<InvoiceDto>>
{
    public async ValueTask<PagedResult<InvoiceDto>> Handle(GetInvoicesQuery query, CancellationToken ct)
    {
        var spec = new InvoicesSpec(query.ClientId, query.Status, query.Page, query.PageSize);
        var page = await invoices.ListAsync(spec, ct);
        return new PagedResult<InvoiceDto>(await views.ManyAsync(page, ct),
            await invoices.CountAsync(spec, ct), query.Page, query.PageSize);
    }
}
