using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.SetSessionPrice;

/// <summary>
/// Sets a session's own price (<see cref="Override"/>) or a discount (a percentage, then an amount) — all three left out
/// give it back its rates' price. Applied to the rates' amount and tax it was priced with when booked (today's rates do
/// not come into it); who changed it and when is kept.
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record SetSessionPriceCommand(Guid Id, decimal? Override = null, decimal? DiscountPercent = null, decimal? DiscountAmount = null)
    : ICommand<SessionDto>;

public sealed class SetSessionPriceCommandHandler(IRepository<Session> sessions, IResourceLocks locks, ICurrentUser user, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<SetSessionPriceCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(SetSessionPriceCommand command, CancellationToken ct)
    {
        var session = await sessions.GetOrThrowAsync(command.Id, ct);
        session.Adjust(new PriceAdjustment(command.Override, command.DiscountPercent, command.DiscountAmount), user.UserId, clock.GetUtcNow(),
            TextExtensions.PriceWords(tenant.Tenant?.Language));
        await locks.RunExclusiveAsync([session.RoomId], () => sessions.SaveChangesAsync(ct), ct);
        return session.Adapt<SessionDto>();
    }
}
