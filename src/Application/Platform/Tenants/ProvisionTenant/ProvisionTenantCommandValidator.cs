using FluentValidation;
using RecordingStudio.Application.Common.Validation;
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
    }
}
