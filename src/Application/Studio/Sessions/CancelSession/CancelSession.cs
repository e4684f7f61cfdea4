using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Sessions.Holds;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.CancelSession;

/// <summary>Cancels a session (or a hold), freeing its room and engineer; the holds behind it move up.</summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record CancelSessionCommand(Guid Id) : ICommand<SessionDto>;

public sealed class CancelSessionCommandHandler(IRepository<Session> sessions, HoldQueue queue) : ICommandHandler<CancelSessionCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(CancelSessionCommand command, CancellationToken ct)
    {
        var session = await sessions.GetOrThrowAsync(command.Id, ct);
        session.Cancel();
        await queue.LeaveAsync(session, SessionChange.Cancelled, ct);
        return session.Adapt<SessionDto>();
    }
}
