using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Portal;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.BookingRequests.GetMyBookingRequests;

/// <summary>The signed-in client's own requests and their state, newest first.</summary>
[RequiresAccess(Access.Portal)]
public sealed record GetMyBookingRequestsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<BookingRequestDto>>;

public sealed class GetMyBookingRequestsQueryHandler(IReadRepository<BookingRequest> requests, BookingRequestViews views, ICurrentUser user)
    : IQueryHandler<GetMyBookingRequestsQuery, PagedResult<BookingRequestDto>>
{
    public async ValueTask<PagedResult<BookingRequestDto>> Handle(GetMyBookingRequestsQuery query, CancellationToken ct) =>
        await requests.PageAsync(views, user.RequireClientId(), null, query.Page, query.PageSize, ct);
}
