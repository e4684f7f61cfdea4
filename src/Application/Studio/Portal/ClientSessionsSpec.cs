using Ardalis.Specification;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal;

/// <summary>One client's sessions starting from now on (soonest first) or before now (most recent first).</summary>
public sealed class ClientSessionsSpec : Specification<Session>
{
    public ClientSessionsSpec(Guid clientId, DateTimeOffset now, bool upcoming, int limit)
    {
        // A released hold was never the client's session; a cancelled one stays, marked so.
        Query.Where(s => s.ClientId == clientId && s.Status != SessionStatus.Released);
        if (upcoming) Query.Where(s => s.StartsAt >= now).OrderBy(s => s.StartsAt);
        else Query.Where(s => s.StartsAt < now).OrderByDescending(s => s.StartsAt);
        Query.Take(limit).AsNoTracking();
    }
}
