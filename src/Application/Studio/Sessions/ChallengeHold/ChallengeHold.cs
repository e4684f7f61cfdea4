using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Sessions.Timers;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.ChallengeHold;

/// <summary>
/// Someone behind wants the slot: the 1st hold must be confirmed within <see cref="Hours"/> or it is released and the
/// next hold moves up. Its client is told the deadline; a hold that expires sooner keeps its expiry.
/// </summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record ChallengeHoldCommand(Guid Id, int Hours) : ICommand<SessionDto>;

public sealed class ChallengeHoldCommandHandler(
    IRepository<Session> sessions, IResourceLocks locks, SessionTimers timers, SessionNotifications notifications, TimeProvider clock)
    : ICommandHandler<ChallengeHoldCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(ChallengeHoldCommand command, CancellationToken ct)
    {
        var session = await sessions.GetOrThrowAsync(command.Id, ct);
        if (!session.Challenge(clock.GetUtcNow(), command.Hours)) return session.Adapt<SessionDto>(); // it expires sooner anyway
        await timers.ScheduleAsync(session, CancellationToken.None);
        await locks.RunExclusiveAsync([session.RoomId], () => sessions.SaveChangesAsync(ct), ct);
        await notifications.SendAsync(session, SessionChange.Challenged, CancellationToken.None);
        return session.Adapt<SessionDto>();
    }
}
