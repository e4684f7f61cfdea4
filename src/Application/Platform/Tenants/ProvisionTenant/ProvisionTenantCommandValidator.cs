using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants.ProvisionTenant;

public sealed class ProvisionTenantCommandValidator : AbstractValidator<ProvisionTenantCommand>
{
    public ProvisionTenantCommandValidator()
    {
        RuleFor(x => x.Subdomain).Custom((value, context) =>
        {
            var problem = Subdomain.Check(Subdomain.Normalize(value));
            if (problem != SubdomainProblem.None) context.AddFailure(Subdomain.Explain(problem));
        });
        RuleFor(x => x.Name).RequiredName();
        RuleFor(x => x.TimeZone).TimeZoneId();
        RuleFor(x => x.Currency).CurrencyCode();
        When(x => x.Owner is not null, () =>
        {
            RuleFor(x => x.Owner!.Name).RequiredName().OverridePropertyName("Owner.Name");
            RuleFor(x => x.Owner!.Email).NotEmpty().MaximumLength(FieldLimits.Email).EmailAddress().OverridePropertyName("Owner.Email");
            RuleFor(x => x.Owner!.Password).NotEmpty().MinimumLength(Accounts.Passwords.PasswordRules.MinLength).OverridePropertyName("Owner.Password");
        });
    }
}
