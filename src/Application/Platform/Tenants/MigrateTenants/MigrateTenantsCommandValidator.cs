using FluentValidation;

namespace RecordingStudio.Application.Platform.Tenants.MigrateTenants;

public sealed class MigrateTenantsCommandValidator : AbstractValidator<MigrateTenantsCommand>
{
    public MigrateTenantsCommandValidator() => RuleFor(x => x.Parallelism).InclusiveBetween(1, 32).When(x => x.Parallelism is not null);
}
