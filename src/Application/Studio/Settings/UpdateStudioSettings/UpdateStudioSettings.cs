using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Settings.UpdateStudioSettings;

[RequiresAccess(Access.ManageStudio)]
public sealed record UpdateStudioSettingsCommand(string StudioName, string TimeZone, string Currency, TimeOnly OpensAt, TimeOnly ClosesAt)
    : ICommand<StudioSettingsDto>;

public sealed class UpdateStudioSettingsCommandHandler(IRepository<StudioSettings> settings)
    : ICommandHandler<UpdateStudioSettingsCommand, StudioSettingsDto>
{
    public async ValueTask<StudioSettingsDto> Handle(UpdateStudioSettingsCommand command, CancellationToken ct)
    {
        var current = await settings.GetStudioSettingsAsync(ct);
        current.Update(command.StudioName, command.TimeZone, command.Currency, command.OpensAt, command.ClosesAt);
        await settings.SaveChangesAsync(ct);
        return current.Adapt<StudioSettingsDto>();
    }
}
