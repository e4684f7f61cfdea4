using FluentValidation;

namespace RecordingStudio.Application.Platform.Tenants.DeleteTenant;

public sealed class DeleteTenantCommandValidator : AbstractValidator<DeleteTenantCommand>
{
    public DeleteTenantCommandValidator() => RuleFor(x => x.Subdomain).NotEmpty();
}
