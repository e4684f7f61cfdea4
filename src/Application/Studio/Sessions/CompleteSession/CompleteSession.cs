using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.CompleteSession;

[RequiresAccess(Access.ManageSessions)]
public sealed record CompleteSessionCommand(Guid Id) : ICommand<SessionDto>;

public sealed class CompleteSessionCommandHandler(IRepository<Session> sessions, TimeProvider clock)
    : ICommandHandler<CompleteSessionCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(CompleteSessionCommand command, CancellationToken ct)
    {
        var session = await sessions.GetOrThrowAsync(command.Id, ct);
        session.Complete(clock.GetUtcNow());
        await sessions.SaveChangesAsync(ct);
        return session.Adapt<SessionDto>();
    }
}
