using FluentValidation.Results;
using FluentValidation;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Sessions.Holds;
using RecordingStudio.Application.Studio.Sessions.Timers;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Series.MoveSeries;

/// <summary>
/// Moves the open sessions of a series that start at or after <see cref="From"/> ("this and following"; by default
/// those not started yet) the way the first of them moves to [<see cref="StartsAt"/>, <see cref="EndsAt"/>): the same
/// shift on the studio's clock (an hour later, the next day) and the new length for each, and optionally another room
/// or engineer. All or none (409 series_conflict naming each session that cannot go); one session alone moves like any.
/// </summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record MoveSeriesCommand(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset? From = null,
    Guid? RoomId = null, Guid? EngineerId = null) : ICommand<SeriesDto>;

public sealed class MoveSeriesCommandHandler(
    IReadRepository<SessionSeries> series,
    IRepository<Session> sessions,
    IReadRepository<StudioSettings> settings,
    BookingConflictChecker booking,
    HoldQueue queue,
    SessionTimers timers,
    SessionNotifications notifications,
    TimeProvider clock) : ICommandHandler<MoveSeriesCommand, SeriesDto>
{
    public async ValueTask<SeriesDto> Handle(MoveSeriesCommand command, CancellationToken ct)
    {
        var found = await series.GetOrThrowAsync(command.Id, ct);
        var from = command.From ?? clock.GetUtcNow();
        var all = await sessions.ListAsync(new SeriesSessionsSpec(found.Id, tracked: true), ct);
        var moving = all.Where(s => s.StartsAt >= from && s.Status.IsOpen()).ToList();
        if (moving.Count == 0)
            throw new ConflictException("nothing_to_move", "No open session of the series starts at or after {0:u}.", from);

        var calendar = (await settings.GetStudioSettingsAsync(ct)).Calendar;
        var shift = calendar.ToLocal(command.StartsAt).DateTime - calendar.ToLocal(moving[0].StartsAt).DateTime;
        var length = calendar.ToLocal(command.EndsAt).DateTime - calendar.ToLocal(command.StartsAt).DateTime;
        var slots = moving.Select(session =>
        {
            var start = calendar.ToUtc(calendar.ToLocal(session.StartsAt).DateTime + shift);
            var end = calendar.ToUtc(calendar.ToLocal(start).DateTime + length);
            return new TimeSlot(start, end > start ? end : start + (command.EndsAt - command.StartsAt));
        }).ToList();
        var now = clock.GetUtcNow();
        if (slots.Where(slot => !BookingHorizon.Contains(slot.Start, now)).Select(slot => (DateTimeOffset?)slot.Start).FirstOrDefault() is { } tooFar)
            throw new ValidationException([new ValidationFailure(nameof(command.StartsAt),
                Text.Say("The session moved to {0:d MMM yyyy} would be beyond what can be booked. Choose a day within ten years of today.", calendar.ToLocal(tooFar)))]);
        var unchanged = slots.Zip(moving).All(pair => pair.First == pair.Second.Slot)
            && (command.RoomId is null || moving.All(s => s.RoomId == command.RoomId))
            && (command.EngineerId is null || moving.All(s => s.EngineerId == command.EngineerId));
        if (unchanged) return found.ToDto(all); // nothing moves: nobody is told

        var before = moving.Select(s => (s.RoomId, s.Slot)).ToList();
        foreach (var (session, slot) in moving.Zip(slots))
            session.Reschedule(slot, command.RoomId, command.EngineerId, changeEngineer: command.EngineerId is not null);
        foreach (var session in moving) await timers.ScheduleAsync(session, CancellationToken.None);
        await booking.MoveSeriesAsync(moving, ct);

        await notifications.SendSeriesAsync(moving, SessionChange.Moved, CancellationToken.None);
        foreach (var (room, slot) in before) await queue.RequeueAsync(room, slot, CancellationToken.None);
        return found.ToDto(all);
    }
}
