using FluentValidation;

namespace RecordingStudio.Application.Platform.Tenants.ExportTenant;

public sealed class ExportTenantCommandValidator : AbstractValidator<ExportTenantCommand>
{
    public ExportTenantCommandValidator()
    {
        RuleFor(x => x.Subdomain).NotEmpty();
        RuleFor(x => x.File).NotEmpty();
    }
}
