using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.BookingRequests;

internal static class BookingRequestPages
{
    /// <summary>A page of requests (of one client, or all) with names, and the count of all that match.</summary>
    public static async Task<PagedResult<BookingRequestDto>> PageAsync(this IReadRepository<BookingRequest> requests, BookingRequestViews views,
        Guid? clientId, BookingRequestStatus? status, int page, int pageSize, CancellationToken ct)
    {
        var spec = new BookingRequestsSpec(clientId, status, page, pageSize);
        var items = await requests.ListAsync(spec, ct);
        return new PagedResult<BookingRequestDto>(await views.ViewAsync(items, ct), await requests.CountAsync(spec, ct), page, pageSize);
    }
}
