using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.BookingRequests;

/// <summary>A client's request for a slot, with names; <see cref="Room"/> null for any room.</summary>
public sealed record BookingRequestDto(
    Guid Id,
    Guid ClientId,
    string Client,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    Guid? RoomId,
    string? Room,
    Guid? EngineerId,
    string? Engineer,
    string? Note,
    BookingRequestStatus Status,
    string? Response,
    Guid? SessionId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt);

/// <summary>Requests as their DTOs, the names read once for the whole list.</summary>
public sealed class BookingRequestViews(SessionNames names)
{
    public async Task<List<BookingRequestDto>> ViewAsync(IReadOnlyList<BookingRequest> requests, CancellationToken ct)
    {
        var named = await names.ForAsync([], ct, [.. requests.Select(r => r.ClientId)]);
        return requests.Select(r => new BookingRequestDto(r.Id, r.ClientId, named.Client(r.ClientId), r.StartsAt, r.EndsAt,
            r.RoomId, r.RoomId is { } room ? named.Room(room) : null, r.EngineerId, named.Engineer(r.EngineerId), r.Note, r.Status,
            r.Response, r.SessionId, r.CreatedAt, r.DecidedAt)).ToList();
    }
}
