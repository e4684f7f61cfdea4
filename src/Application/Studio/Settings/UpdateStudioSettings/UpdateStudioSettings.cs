using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Settings.UpdateStudioSettings;

/// <summary>Changes the studio's settings; hold and reminder hours and the tax left out keep their values.</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record UpdateStudioSettingsCommand(string StudioName, string TimeZone, string Currency, TimeOnly OpensAt, TimeOnly ClosesAt,
    int? HoldHours = null, int? ReminderHours = null, decimal? TaxPercent = null, bool? PricesIncludeTax = null)
    : ICommand<StudioSettingsDto>;

public sealed class UpdateStudioSettingsCommandHandler(IRepository<StudioSettings> settings)
    : ICommandHandler<UpdateStudioSettingsCommand, StudioSettingsDto>
{
    public async ValueTask<StudioSettingsDto> Handle(UpdateStudioSettingsCommand command, CancellationToken ct)
    {
        var current = await settings.GetStudioSettingsAsync(ct);
        current.Update(command.StudioName, command.TimeZone, command.Currency, command.OpensAt, command.ClosesAt);
        current.UpdateHoldsAndReminders(command.HoldHours ?? current.HoldHours, command.ReminderHours ?? current.ReminderHours);
        current.UpdateTax(command.TaxPercent ?? current.TaxPercent, command.PricesIncludeTax ?? current.PricesIncludeTax);
        await settings.SaveChangesAsync(ct);
        return current.Adapt<StudioSettingsDto>();
    }
}
