using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.CalendarFeeds.GetCalendarFeeds;

/// <summary>The studio's calendar feeds, newest first, a page at a time (without their URLs).</summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record GetCalendarFeedsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<CalendarFeedDto>>;

public sealed class CalendarFeedsNewestFirstSpec : Specification<CalendarFeed, CalendarFeedDto>
{
    public CalendarFeedsNewestFirstSpec(int page, int pageSize)
    {
        Query.OrderByDescending(f => f.CreatedAt).ThenBy(f => f.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .AsNoTracking();
        Query.Select(f => new CalendarFeedDto(f.Id, f.Kind, f.TargetId, f.CreatedAt, f.RevokedAt));
    }
}

public sealed class GetCalendarFeedsQueryHandler(IReadRepository<CalendarFeed> feeds) : IQueryHandler<GetCalendarFeedsQuery, PagedResult<CalendarFeedDto>>
{
    public async ValueTask<PagedResult<CalendarFeedDto>> Handle(GetCalendarFeedsQuery query, CancellationToken ct) =>
        await feeds.PageAsync(new CalendarFeedsNewestFirstSpec(query.Page, query.PageSize), query.Page, query.PageSize, ct);
}
