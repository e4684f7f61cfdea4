using FluentValidation;

namespace RecordingStudio.Application.Platform.Tenants.SetTenantPlan;

public sealed class SetTenantPlanCommandValidator : AbstractValidator<SetTenantPlanCommand>
{
    public SetTenantPlanCommandValidator()
    {
        RuleFor(x => x.Subdomain).NotEmpty();
        RuleFor(x => x.Plan).NotEmpty().MaximumLength(32).Matches("^[A-Za-z0-9-]+$");
    }
}
