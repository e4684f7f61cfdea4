using Ardalis.Specification;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

public sealed class UpcomingSessionsSpec : Specification<Session>
{
    public UpcomingSessionsSpec(DateTimeOffset now, Guid? roomId, Guid? clientId, Guid? engineerId, int page = 1, int? pageSize = null)
    {
        Query.Where(s => s.EndsAt > now && (s.Status == SessionStatus.Confirmed || s.Status == SessionStatus.Tentative));
        if (roomId is { } room) Query.Where(s => s.RoomId == room);
        if (clientId is { } client) Query.Where(s => s.ClientId == client);
        if (engineerId is { } engineer) Query.Where(s => s.EngineerId == engineer);
        Query.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).AsNoTracking();
        if (pageSize is { } size) Query.Skip(Paging.Skip(page, size)).Take(size);
    }
}
