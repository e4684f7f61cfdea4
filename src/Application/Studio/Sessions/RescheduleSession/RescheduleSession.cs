using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.RescheduleSession;

/// <summary>Moves a session in time, and optionally to another room or engineer.</summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record RescheduleSessionCommand(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, Guid? RoomId = null, Guid? EngineerId = null)
    : ICommand<SessionDto>;

public sealed class RescheduleSessionCommandHandler(IRepository<Session> sessions, BookingConflictChecker booking, SessionNotifications notifications)
    : ICommandHandler<RescheduleSessionCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(RescheduleSessionCommand command, CancellationToken ct)
    {
        var session = await sessions.GetOrThrowAsync(command.Id, ct);
        var previousEngineer = session.EngineerId;
        session.Reschedule(new TimeSlot(command.StartsAt, command.EndsAt), command.RoomId,
            command.EngineerId, changeEngineer: command.EngineerId is not null);
        await booking.BookAsync(session, ct);
        await notifications.SendAsync(session, SessionChange.Moved, CancellationToken.None, previousEngineer);
        return session.Adapt<SessionDto>();
    }
}
