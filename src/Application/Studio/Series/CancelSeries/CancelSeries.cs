using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Sessions.Holds;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Series.CancelSeries;

/// <summary>
/// Cancels the sessions of a series that start at or after <see cref="From"/> ("this and following"; by default the
/// ones not started yet: the rest of the series) and are still open, in one transaction; their people get one notice.
/// One occurrence alone is cancelled like any session; each is charged what the studio's cancellation terms say.
/// </summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record CancelSeriesCommand(Guid Id, DateTimeOffset? From = null) : ICommand<SeriesDto>;

public sealed class CancelSeriesCommandHandler(
    IReadRepository<SessionSeries> series, IRepository<Session> sessions, IReadRepository<StudioSettings> settings, IResourceLocks locks, HoldQueue queue,
    SessionNotifications notifications, TimeProvider clock)
    : ICommandHandler<CancelSeriesCommand, SeriesDto>
{
    public async ValueTask<SeriesDto> Handle(CancelSeriesCommand command, CancellationToken ct)
    {
        var found = await series.GetOrThrowAsync(command.Id, ct);
        var now = clock.GetUtcNow();
        var from = command.From ?? now;
        var terms = (await settings.GetStudioSettingsAsync(ct)).Cancellation;
        var all = await sessions.ListAsync(new SeriesSessionsSpec(found.Id, tracked: true), ct);
        var cancelled = all.Where(s => s.StartsAt >= from && s.Status.IsOpen()).ToList();
        foreach (var session in cancelled) session.Cancel(CancellationTerms.For(session, terms, now), now); // each on the studio's terms
        var roomsLocked = cancelled.Select(s => s.RoomId).Distinct().ToList();
        await locks.RunExclusiveAsync(roomsLocked, () => sessions.SaveChangesAsync(ct), ct);

        await notifications.SendSeriesAsync(cancelled, SessionChange.Cancelled, CancellationToken.None);
        foreach (var session in cancelled) await queue.RequeueAsync(session.RoomId, session.Slot, CancellationToken.None);
        return found.ToDto(all);
    }
}
