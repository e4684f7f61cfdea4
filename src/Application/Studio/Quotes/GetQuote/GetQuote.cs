using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Quotes.GetQuote;

[RequiresAccess(Access.ManageStudioData)]
public sealed record GetQuoteQuery(Guid Id) : IQuery<QuoteDto>;

public sealed class GetQuoteQueryHandler(IReadRepository<Quote> quotes, QuoteViews views) : IQueryHandler<GetQuoteQuery, QuoteDto>
{
    public async ValueTask<QuoteDto> Handle(GetQuoteQuery query, CancellationToken ct) => await views.OneAsync(await quotes.GetOrThrowAsync(query.Id, ct), ct);
}
