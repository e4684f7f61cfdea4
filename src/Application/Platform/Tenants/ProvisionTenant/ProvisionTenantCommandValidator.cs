using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Platform.Tenants.ProvisionTenant;

public sealed class ProvisionTenantCommandValidator : AbstractValidator<ProvisionTenantCommand>
{
    public ProvisionTenantCommandValidator()
    {
        RuleFor(x => x.Subdomain).ValidSubdomain();
        RuleFor(x => x.Name).RequiredName();
        RuleFor(x => x.TimeZone).TimeZoneId();
        RuleFor(x => x.Currency).CurrencyCode();
        RuleFor(x => x.Language).LanguageCode();
        When(x => x.Owner is not null, () =>
        {
            RuleFor(x => x.Owner!.Name).RequiredName().Named("Owner.Name");
            RuleFor(x => x.Owner!.Email).NotEmpty().MaximumLength(FieldLimits.Email).EmailAddress().Named("Owner.Email");
            RuleFor(x => x.Owner!.Password).NotEmpty().MinimumLength(Accounts.Passwords.PasswordRules.MinLength).Named("Owner.Password");
        });
    }
}
