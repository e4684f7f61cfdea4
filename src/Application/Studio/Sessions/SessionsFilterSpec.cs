using Ardalis.Specification;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

/// <summary>Sessions that overlap [from, to) and match the given room, client, engineer and status, by start time.</summary>
public sealed class SessionsFilterSpec : Specification<Session>
{
    public SessionsFilterSpec(DateTimeOffset? from, DateTimeOffset? to, Guid? roomId, Guid? clientId, Guid? engineerId,
        SessionStatus? status, int page = 1, int pageSize = Paging.MaxPageSize)
    {
        if (from is { } start) { var utc = start.ToUniversalTime(); Query.Where(s => s.EndsAt > utc); }
        if (to is { } end) { var utc = end.ToUniversalTime(); Query.Where(s => s.StartsAt < utc); }
        if (roomId is { } room) Query.Where(s => s.RoomId == room);
        if (clientId is { } client) Query.Where(s => s.ClientId == client);
        if (engineerId is { } engineer) Query.Where(s => s.EngineerId == engineer);
        if (status is { } wanted) Query.Where(s => s.Status == wanted);
        Query.OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .AsNoTracking();
    }
}
