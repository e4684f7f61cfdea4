using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Quotes;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.GetMyQuotes;

/// <summary>The quotes the studio sent the signed-in client (drafts are the studio's work in progress), newest first.</summary>
[RequiresAccess(Access.Portal)]
public sealed record GetMyQuotesQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<QuoteDto>>;

public sealed class GetMyQuotesQueryHandler(IReadRepository<Quote> quotes, QuoteViews views, ICurrentUser user) : IQueryHandler<GetMyQuotesQuery, PagedResult<QuoteDto>>
{
    public async ValueTask<PagedResult<QuoteDto>> Handle(GetMyQuotesQuery query, CancellationToken ct)
    {
        var spec = new QuotesSpec(user.RequireClientId(), null, query.Page, query.PageSize, sentOnly: true);
        return new PagedResult<QuoteDto>(await views.ManyAsync(await quotes.ListAsync(spec, ct), ct), await quotes.CountAsync(spec, ct), query.Page, query.PageSize);
    }
}
