using FluentValidation;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Platform.Tenants.SuspendTenant;

public sealed class SuspendTenantCommandValidator : AbstractValidator<SuspendTenantCommand>
{
    public SuspendTenantCommandValidator()
    {
        RuleFor(x => x.Subdomain).NotEmpty();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(FieldLimits.Notes);
    }
}
