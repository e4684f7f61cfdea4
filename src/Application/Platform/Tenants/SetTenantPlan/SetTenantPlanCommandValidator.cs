using FluentValidation;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants.SetTenantPlan;

public sealed class SetTenantPlanCommandValidator : AbstractValidator<SetTenantPlanCommand>
{
    public SetTenantPlanCommandValidator(IReadRepository<Plan> plans)
    {
        RuleFor(x => x.Subdomain).NotEmpty();
        RuleFor(x => x.Plan).NotEmpty().MaximumLength(Plan.MaxName).Matches("^[A-Za-z0-9-]+$")
            .MustAsync(async (name, ct) => await plans.GetByIdAsync(name.ToLowerInvariant(), ct) is not null)
            .WithMessage(x => Text.Say("'{0}' is not a plan of the catalog (rsm plans list).", x.Plan));
    }
}
