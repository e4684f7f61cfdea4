using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.CreateSession;

/// <summary>
/// Books a session, pencils one in (<see cref="Tentative"/>), or places a hold (<see cref="Hold"/>): holds of the same
/// slot queue behind each other (1st, 2nd…) until <see cref="HoldExpiresAt"/> (by default the studio's hold hours, and
/// never after the session starts).
/// </summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record CreateSessionCommand(
    Guid ClientId,
    Guid RoomId,
    Guid? EngineerId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Title,
    [property: FreeText] string? Notes = null,
    bool Tentative = false,
    bool Hold = false,
    DateTimeOffset? HoldExpiresAt = null) : ICommand<SessionDto>;

public sealed class CreateSessionCommandHandler(IReadRepository<StudioSettings> settings, SessionBooking booking, TimeProvider clock)
    : ICommandHandler<CreateSessionCommand, SessionDto>
{
    public async ValueTask<SessionDto> Handle(CreateSessionCommand command, CancellationToken ct)
    {
        var slot = new TimeSlot(command.StartsAt, command.EndsAt);
        var session = command.Hold
            ? Session.NewHold(command.ClientId, command.RoomId, command.EngineerId, slot, command.Title, command.Notes,
                clock.GetUtcNow(), await HoldExpiryAsync(command, slot, ct))
            : new Session(command.ClientId, command.RoomId, command.EngineerId, slot, command.Title, command.Notes, command.Tentative);
        await booking.BookAsync(session, ct);
        return session.Adapt<SessionDto>();
    }

    private async Task<DateTimeOffset> HoldExpiryAsync(CreateSessionCommand command, TimeSlot slot, CancellationToken ct)
    {
        var expiry = command.HoldExpiresAt ?? clock.GetUtcNow().AddHours((await settings.GetStudioSettingsAsync(ct)).HoldHours);
        return expiry < slot.Start ? expiry : slot.Start;
    }
}
