using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Settings.UpdateStudioSettings;

public sealed class UpdateStudioSettingsCommandValidator : AbstractValidator<UpdateStudioSettingsCommand>
{
    public UpdateStudioSettingsCommandValidator()
    {
        RuleFor(x => x.StudioName).RequiredName();
        RuleFor(x => x.TimeZone).TimeZoneId();
        RuleFor(x => x.Currency).CurrencyCode();
        RuleFor(x => x.HoldHours).InclusiveBetween(1, StudioSettings.MaxHoldHours);
        RuleFor(x => x.ReminderHours).InclusiveBetween(0, StudioSettings.MaxReminderHours);
        RuleFor(x => x.TaxPercent).InclusiveBetween(0, 100).PrecisionScale(5, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.ClosesAt).GreaterThan(x => x.OpensAt).WithMessage("'ClosesAt' must be after 'OpensAt'.");
    }
}
