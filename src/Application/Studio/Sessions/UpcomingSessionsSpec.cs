using Ardalis.Specification;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

public sealed class UpcomingSessionsSpec : Specification<Session>
{
    public UpcomingSessionsSpec(DateTimeOffset now, int limit, Guid? roomId, Guid? clientId, Guid? engineerId)
    {
        Query.Where(s => s.EndsAt > now && (s.Status == SessionStatus.Confirmed || s.Status == SessionStatus.Tentative));
        if (roomId is { } room) Query.Where(s => s.RoomId == room);
        if (clientId is { } client) Query.Where(s => s.ClientId == client);
        if (engineerId is { } engineer) Query.Where(s => s.EngineerId == engineer);
        Query.OrderBy(s => s.StartsAt).Take(limit).AsNoTracking();
    }
}
