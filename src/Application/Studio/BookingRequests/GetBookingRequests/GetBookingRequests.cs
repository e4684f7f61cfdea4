using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.BookingRequests.GetBookingRequests;

/// <summary>The clients' requests for the staff: by default the pending ones, soonest slot first.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetBookingRequestsQuery(BookingRequestStatus? Status = BookingRequestStatus.Pending, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<BookingRequestDto>>;

public sealed class GetBookingRequestsQueryHandler(IReadRepository<BookingRequest> requests, BookingRequestViews views)
    : IQueryHandler<GetBookingRequestsQuery, PagedResult<BookingRequestDto>>
{
    public async ValueTask<PagedResult<BookingRequestDto>> Handle(GetBookingRequestsQuery query, CancellationToken ct) =>
        await requests.PageAsync(views, null, query.Status, query.Page, query.PageSize, ct);
}
