using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.SetSessionPrice;

/// <summary>
/// Sets a session's own price (<see cref="Override"/>) or a discount (a percentage, then an amount) — all three left out
/// give it back its rates' price. Who changed it and when is kept; the price is priced again from the room's and
/// engineer's rates now.
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record SetSessionPriceCommand(Guid Id, decimal? Override = null, decimal? DiscountPercent = null, decimal? DiscountAmount = null)
    : ICommand<SessionDto>;

public sealed class SetSessionPriceCommandHandler(
    IRepository<Session> sessions, IReadRepository<Room> rooms, IReadRepository<Engineer> engineers, IReadRepository<StudioSettings> settings,
    IResourceLocks locks, ICurrentUser user, TimeProvider clock) : ICommandHandler<SetSessionPriceCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(SetSessionPriceCommand command, CancellationToken ct)
    {
        var session = await sessions.GetOrThrowAsync(command.Id, ct);
        var room = await rooms.GetOrThrowAsync(session.RoomId, ct);
        var engineer = session.EngineerId is { } id ? await engineers.GetByIdAsync(id, ct) : null;
        session.Adjust(new PriceAdjustment(command.Override, command.DiscountPercent, command.DiscountAmount), user.UserId, clock.GetUtcNow());
        BookingConflictChecker.Price(session, room, engineer, await settings.GetStudioSettingsAsync(ct));
        await locks.RunExclusiveAsync([session.RoomId], () => sessions.SaveChangesAsync(ct), ct);
        return session.Adapt<SessionDto>();
    }
}
