using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.ConfirmSession;

/// <summary>
/// Confirms a hold or a tentative session, through the same checks as a booking: refused (409 session_on_hold, naming
/// the holder) while a hold placed before it stands on the slot; the holds placed after it stay queued behind it.
/// </summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record ConfirmSessionCommand(Guid Id) : ICommand<SessionDto>;

public sealed class ConfirmSessionCommandHandler(IRepository<Session> sessions, SessionConfirmation confirmation)
    : ICommandHandler<ConfirmSessionCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(ConfirmSessionCommand command, CancellationToken ct)
    {
        var session = await sessions.GetOrThrowAsync(command.Id, ct);
        await confirmation.ConfirmAsync(session, ct);
        return session.Adapt<SessionDto>();
    }
}
