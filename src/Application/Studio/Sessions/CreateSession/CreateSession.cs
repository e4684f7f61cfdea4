using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.CreateSession;

[RequiresAccess(Access.ManageSessions)]
public sealed record CreateSessionCommand(
    Guid ClientId,
    Guid RoomId,
    Guid? EngineerId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Title,
    [property: FreeText] string? Notes = null,
    bool Tentative = false) : ICommand<SessionDto>;

public sealed class CreateSessionCommandHandler(IRepository<Session> sessions, BookingConflictChecker booking, SessionNotifications notifications)
    : ICommandHandler<CreateSessionCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(CreateSessionCommand command, CancellationToken ct)
    {
        var session = new Session(command.ClientId, command.RoomId, command.EngineerId,
            new TimeSlot(command.StartsAt, command.EndsAt), command.Title, command.Notes, command.Tentative);
        sessions.Add(session);
        await booking.BookAsync(session, ct);
        await notifications.SendAsync(session, SessionChange.Booked, CancellationToken.None);
        return session.Adapt<SessionDto>();
    }
}
