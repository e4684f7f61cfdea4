using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Sessions.Holds;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.CancelSession;

/// <summary>
/// Cancels a session (or a hold), freeing its room and engineer; the holds behind it move up. Within the studio's
/// cancellation window it keeps the charge its terms say (the fee, or the deposit kept), which can then be invoiced.
/// </summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record CancelSessionCommand(Guid Id) : ICommand<SessionDto>;

public sealed class CancelSessionCommandHandler(IRepository<Session> sessions, IReadRepository<StudioSettings> settings, HoldQueue queue, TimeProvider clock)
    : ICommandHandler<CancelSessionCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(CancelSessionCommand command, CancellationToken ct)
    {
        var session = await sessions.GetOrThrowAsync(command.Id, ct);
        var now = clock.GetUtcNow();
        session.Cancel(CancellationTerms.For(session, (await settings.GetStudioSettingsAsync(ct)).Cancellation, now), now);
        await queue.LeaveAsync(session, SessionChange.Cancelled, ct);
        return session.Adapt<SessionDto>();
    }
}
