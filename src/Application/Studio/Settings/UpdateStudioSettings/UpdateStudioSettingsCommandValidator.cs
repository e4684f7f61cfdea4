using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;
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
        RuleFor(x => x.TaxRates).Must(r => r!.Count <= StudioSettings.MaxTaxRates + 1)
            .WithSentence("Up to {0} tax rates.", StudioSettings.MaxTaxRates + 1).When(x => x.TaxRates is not null);
        RuleForEach(x => x.TaxRates).InclusiveBetween(0, 100).PrecisionScale(5, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.LegalName).OptionalText(FieldLimits.Name);
        RuleFor(x => x.Address).OptionalText(StudioSettings.MaxAddress);
        RuleFor(x => x.TaxId).OptionalText(StudioSettings.MaxTaxId);
        RuleFor(x => x.InvoiceNote).OptionalText(StudioSettings.MaxAddress);
        RuleFor(x => x.PaymentTermsDays).InclusiveBetween(0, StudioSettings.MaxPaymentTermsDays);
        RuleFor(x => x.DepositPolicy!.Percent).InclusiveBetween(0.01m, 100).PrecisionScale(5, 2, ignoreTrailingZeros: true).When(x => x.DepositPolicy is not null)
            .Named("DepositPolicy.Percent");
        RuleFor(x => x.DepositPolicy!.Amount).GreaterThan(0).LessThanOrEqualTo(10_000_000).PrecisionScale(12, 3, ignoreTrailingZeros: true)
            .When(x => x.DepositPolicy is not null).Named("DepositPolicy.Amount");
        RuleFor(x => x.DepositPolicy!.DueDays).InclusiveBetween(0, DepositPolicy.MaxDueDays).When(x => x.DepositPolicy is not null)
            .Named("DepositPolicy.DueDays");
        RuleFor(x => x.DepositPolicy!.DueFrom).IsInEnum().When(x => x.DepositPolicy is not null).Named("DepositPolicy.DueFrom");
        RuleFor(x => x.DepositPolicy).Must(d => d!.Percent is null || d.Amount is null).When(x => x.DepositPolicy is not null)
            .WithSentence("A deposit is a percentage or an amount, not both.");
        RuleFor(x => x.CancellationPolicy!.WindowHours).InclusiveBetween(0, CancellationPolicy.MaxWindowHours).When(x => x.CancellationPolicy is not null)
            .Named("CancellationPolicy.WindowHours");
        RuleFor(x => x.CancellationPolicy!.FeePercent).InclusiveBetween(0, 100).PrecisionScale(5, 2, ignoreTrailingZeros: true)
            .When(x => x.CancellationPolicy is not null).Named("CancellationPolicy.FeePercent");
        RuleFor(x => x.Culture).MaximumLength(StudioSettings.MaxCulture).Must(c => c!.Length == 0 || Currencies.IsCulture(c))
            .When(x => x.Culture is not null).WithSentence("'Culture' is a culture like fr-FR or en-GB, or empty for none.");
        RuleFor(x => x.ClosesAt).GreaterThan(x => x.OpensAt).WithSentence("'ClosesAt' must be after 'OpensAt'.");
    }
}
