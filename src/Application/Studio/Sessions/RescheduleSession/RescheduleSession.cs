using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Sessions.Holds;
using RecordingStudio.Application.Studio.Sessions.Timers;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.RescheduleSession;

/// <summary>Moves a session (or a hold, keeping its place in the queue) in time, and optionally to another room or engineer.</summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record RescheduleSessionCommand(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, Guid? RoomId = null, Guid? EngineerId = null)
    : ICommand<SessionDto>;

public sealed class RescheduleSessionCommandHandler(
    IRepository<Session> sessions, BookingConflictChecker booking, HoldQueue queue, SessionTimers timers, SessionNotifications notifications)
    : ICommandHandler<RescheduleSessionCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(RescheduleSessionCommand command, CancellationToken ct)
    {
        var session = await sessions.GetOrThrowAsync(command.Id, ct);
        var (previousEngineer, previousRoom, previousSlot) = (session.EngineerId, session.RoomId, session.Slot);
        session.Reschedule(new TimeSlot(command.StartsAt, command.EndsAt), command.RoomId,
            command.EngineerId, changeEngineer: command.EngineerId is not null);
        await timers.ScheduleAsync(session, CancellationToken.None);
        await booking.BookAsync(session, ct);
        await notifications.SendAsync(session, SessionChange.Moved, CancellationToken.None, previousEngineer);
        // The slot it left may have holds waiting behind it; where it arrives, holds may now stand behind it.
        await queue.RequeueAsync(previousRoom, previousSlot, CancellationToken.None);
        await queue.RequeueAsync(session.RoomId, session.Slot, CancellationToken.None);
        return session.Adapt<SessionDto>();
    }
}
