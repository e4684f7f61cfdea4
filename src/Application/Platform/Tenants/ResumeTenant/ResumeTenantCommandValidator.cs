using FluentValidation;

namespace RecordingStudio.Application.Platform.Tenants.ResumeTenant;

public sealed class ResumeTenantCommandValidator : AbstractValidator<ResumeTenantCommand>
{
    public ResumeTenantCommandValidator() => RuleFor(x => x.Subdomain).NotEmpty();
}
