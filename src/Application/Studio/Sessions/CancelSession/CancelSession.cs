using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.CancelSession;

/// <summary>Cancels a session, freeing its room and engineer for other bookings.</summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record CancelSessionCommand(Guid Id) : ICommand<SessionDto>;

public sealed class CancelSessionCommandHandler(IRepository<Session> sessions, SessionNotifications notifications) : ICommandHandler<CancelSessionCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(CancelSessionCommand command, CancellationToken ct)
    {
        var session = await sessions.GetOrThrowAsync(command.Id, ct);
        session.Cancel();
        await sessions.SaveChangesAsync(ct);
        await notifications.SendAsync(session, SessionChange.Cancelled, CancellationToken.None);
        return session.Adapt<SessionDto>();
    }
}
