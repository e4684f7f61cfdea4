using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.GetMyInvoices;

/// <summary>The signed-in client's issued invoices (drafts are the studio's work in progress), newest first.</summary>
[RequiresAccess(Access.Portal)]
public sealed record GetMyInvoicesQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<InvoiceDto>>;

/// <summary>A client's invoices once issued; with <c>id</c>, that one only.</summary>
public sealed class ClientInvoicesSpec : Specification<Invoice>
{
    public ClientInvoicesSpec(Guid clientId, Guid? id = null, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        Query.Where(i => i.ClientId == clientId && i.Status != InvoiceStatus.Draft);
        if (id is { } one) Query.Where(i => i.Id == one);
        Query.OrderByDescending(i => i.IssuedAt).ThenBy(i => i.Id).Skip(Paging.Skip(page, pageSize)).Take(pageSize).AsNoTracking();
    }
}

public sealed class GetMyInvoicesQueryHandler(IReadRepository<Invoice> invoices, InvoiceViews views, ICurrentUser user)
    : IQueryHandler<GetMyInvoicesQuery, PagedResult<InvoiceDto>>
{
    public async ValueTask<PagedResult<InvoiceDto>> Handle(GetMyInvoicesQuery query, CancellationToken ct)
    {
        var spec = new ClientInvoicesSpec(user.RequireClientId(), page: query.Page, pageSize: query.PageSize);
        return new PagedResult<InvoiceDto>(await views.ManyAsync(await invoices.ListAsync(spec, ct), ct), await invoices.CountAsync(spec, ct),
            query.Page, query.PageSize);
    }
}
