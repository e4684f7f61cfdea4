using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Overview.GetStudioOverview;

[RequiresAccess(Access.ReadStudio)]
public sealed record GetStudioOverviewQuery : IQuery<StudioOverviewDto>;

/// <summary>What a studio looks like right now; "today" is the studio's local calendar day.</summary>
public sealed record StudioOverviewDto(
    string StudioName,
    string TimeZone,
    DateOnly Today,
    int ActiveClients,
    int ActiveRooms,
    int ActiveEngineers,
    int UpcomingSessions,
    IReadOnlyList<SessionDto> TodaySessions);

public sealed class GetStudioOverviewQueryHandler(
    IReadRepository<StudioSettings> settings,
    IReadRepository<Client> clients,
    IReadRepository<Room> rooms,
    IReadRepository<Engineer> engineers,
    IReadRepository<Session> sessions,
    TimeProvider clock) : IQueryHandler<GetStudioOverviewQuery, StudioOverviewDto>
{
    public async ValueTask<StudioOverviewDto> Handle(GetStudioOverviewQuery query, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        var now = clock.GetUtcNow();
        var calendar = studio.Calendar;
        var today = calendar.Today(now);
        var todaySessions = await sessions.ListAsync(new SessionsFilterSpec(today.Start, today.End, null, null, null, null), ct);

        return new StudioOverviewDto(
            studio.StudioName,
            studio.TimeZone,
            calendar.DateOf(now),
            await clients.CountAsync(new ClientsMatchingSearchSpec(null, includeArchived: false), ct),
            await rooms.CountAsync(new RoomsByNameSpec(includeInactive: false), ct),
            await engineers.CountAsync(new EngineersByNameSpec(includeInactive: false), ct),
            await sessions.CountAsync(new UpcomingSessionsSpec(now, null, null, null), ct),
            todaySessions.Where(s => s.Status.BlocksSchedule()).ToList().Adapt<List<SessionDto>>());
    }
}
