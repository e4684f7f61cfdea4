using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.GetMySessions;

/// <summary>The signed-in client's own sessions: upcoming soonest first, past most recent first.</summary>
[RequiresAccess(Access.Portal)]
public sealed record GetMySessionsQuery : IQuery<MySessionsDto>;

/// <param name="StudioAddress">Where the sessions take place (the studio's address from its settings), when it has one.</param>
public sealed record MySessionsDto(string TimeZone, IReadOnlyList<PortalSessionDto> Upcoming, IReadOnlyList<PortalSessionDto> Past,
    string? StudioAddress = null);

/// <summary>A session as its client sees it: the room and engineer by name, no internal notes.</summary>
public sealed record PortalSessionDto(Guid Id, string Room, DateTimeOffset StartsAt, DateTimeOffset EndsAt, SessionStatus Status, string? Title,
    SessionPriceDto? Price = null, string? Engineer = null);

public sealed class GetMySessionsQueryHandler(
    IReadRepository<Session> sessions,
    IReadRepository<Room> rooms,
    IReadRepository<Engineer> engineers,
    IReadRepository<StudioSettings> settings,
    ICurrentUser user,
    TimeProvider clock) : IQueryHandler<GetMySessionsQuery, MySessionsDto>
{
    private const int Limit = 100;

    public async ValueTask<MySessionsDto> Handle(GetMySessionsQuery query, CancellationToken ct)
    {
        var clientId = user.RequireClientId();
        var now = clock.GetUtcNow();
        var upcoming = await sessions.ListAsync(new ClientSessionsSpec(clientId, now, upcoming: true, Limit), ct);
        var past = await sessions.ListAsync(new ClientSessionsSpec(clientId, now, upcoming: false, Limit), ct);
        var roomNames = (await rooms.ListAsync(new RoomsByNameSpec(includeInactive: true), ct)).ToDictionary(r => r.Id, r => r.Name);
        var engineerNames = (await engineers.ListAsync(new Engineers.EngineersByNameSpec(includeInactive: true), ct)).ToDictionary(e => e.Id, e => e.Name);

        // The price the client pays; how it was reached (rates, discounts) is the studio's business.
        PortalSessionDto ToDto(Session s) => new(s.Id, roomNames.GetValueOrDefault(s.RoomId, ""), s.StartsAt, s.EndsAt, s.Status, s.Title,
            new SessionPriceDto(s.PriceNet, s.PriceTax, s.PriceGross, s.Currency, ""),
            s.EngineerId is { } engineer ? engineerNames.GetValueOrDefault(engineer) : null);
        var studio = await settings.GetStudioSettingsAsync(ct);
        return new MySessionsDto(studio.TimeZone, upcoming.Select(ToDto).ToList(), past.Select(ToDto).ToList(), studio.Address);
    }
}
