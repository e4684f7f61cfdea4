using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Sessions.Holds;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.ReleaseHold;

/// <summary>Gives up a hold: its client is told, and the holds behind it move up (the new 1st is told too).</summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record ReleaseHoldCommand(Guid Id) : ICommand<SessionDto>;

public sealed class ReleaseHoldCommandHandler(IRepository<Session> sessions, HoldQueue queue) : ICommandHandler<ReleaseHoldCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(ReleaseHoldCommand command, CancellationToken ct)
    {
        var session = await sessions.GetOrThrowAsync(command.Id, ct);
        session.Release();
        await queue.LeaveAsync(session, SessionChange.Released, ct);
        return session.Adapt<SessionDto>();
    }
}
