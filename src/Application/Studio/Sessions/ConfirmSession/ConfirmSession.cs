using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Sessions.Timers;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.ConfirmSession;

/// <summary>
/// Confirms a hold or a tentative session, through the same checks as a booking: refused (409 session_on_hold, naming
/// the holder) while a hold placed before it stands on the slot; the holds placed after it stay queued behind it.
/// </summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record ConfirmSessionCommand(Guid Id) : ICommand<SessionDto>;

public sealed class ConfirmSessionCommandHandler(
    IRepository<Session> sessions, BookingConflictChecker booking, SessionTimers timers, SessionNotifications notifications, TimeProvider clock)
    : ICommandHandler<ConfirmSessionCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(ConfirmSessionCommand command, CancellationToken ct)
    {
        var session = await sessions.GetOrThrowAsync(command.Id, ct);
        // Refused even if the background work has not released it yet (it runs every few seconds).
        if (session.HoldHasExpired(clock.GetUtcNow()))
            throw new ConflictException("hold_expired", $"The hold expired at {session.HoldExpiresAt:u}; place a new one.");
        session.Confirm();
        await timers.ScheduleAsync(session, CancellationToken.None);
        await booking.BookAsync(session, ct, reprice: false); // confirmed at the price it was held or pencilled in at
        await notifications.SendAsync(session, SessionChange.Confirmed, CancellationToken.None);
        return session.Adapt<SessionDto>();
    }
}
