using Ardalis.Specification;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.BookingRequests;

/// <summary>Requests, of one client or all, of one status or all: pending ones soonest slot first, the others newest first.</summary>
public sealed class BookingRequestsSpec : Specification<BookingRequest>
{
    public BookingRequestsSpec(Guid? clientId, BookingRequestStatus? status, int page, int pageSize)
    {
        if (clientId is { } client) Query.Where(r => r.ClientId == client);
        if (status is { } wanted) Query.Where(r => r.Status == wanted);
        if (status == BookingRequestStatus.Pending) Query.OrderBy(r => r.StartsAt).ThenBy(r => r.Id);
        else Query.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id);
        Query.Skip(Paging.Skip(page, pageSize)).Take(pageSize).AsNoTracking();
    }
}

/// <summary>A client's requests still waiting for an answer; with <paramref name="startingAfter"/>, only those for a time still to come.</summary>
public sealed class PendingRequestsOfClientSpec : Specification<BookingRequest>
{
    public PendingRequestsOfClientSpec(Guid clientId, DateTimeOffset? startingAfter = null)
    {
        Query.Where(r => r.ClientId == clientId && r.Status == BookingRequestStatus.Pending);
        if (startingAfter is { } now) Query.Where(r => r.StartsAt > now);
    }
}
