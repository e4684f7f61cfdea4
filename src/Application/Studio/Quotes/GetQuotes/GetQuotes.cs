using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Quotes.GetQuotes;

/// <summary>The studio's quotes, of one client and one state or all, newest first.</summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record GetQuotesQuery(Guid? ClientId = null, QuoteStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<QuoteDto>>;

public sealed class GetQuotesQueryHandler(IReadRepository<Quote> quotes, QuoteViews views) : IQueryHandler<GetQuotesQuery, PagedResult<QuoteDto>>
{
    public async ValueTask<PagedResult<QuoteDto>> Handle(GetQuotesQuery query, CancellationToken ct)
    {
        var spec = new QuotesSpec(query.ClientId, query.Status, query.Page, query.PageSize);
        return new PagedResult<QuoteDto>(await views.ManyAsync(await quotes.ListAsync(spec, ct), ct), await quotes.CountAsync(spec, ct), query.Page, query.PageSize);
    }
}
