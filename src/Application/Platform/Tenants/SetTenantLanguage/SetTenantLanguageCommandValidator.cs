using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Platform.Tenants.SetTenantLanguage;

public sealed class SetTenantLanguageCommandValidator : AbstractValidator<SetTenantLanguageCommand>
{
    public SetTenantLanguageCommandValidator()
    {
        RuleFor(x => x.Subdomain).NotEmpty();
        RuleFor(x => x.Language).NotEmpty().LanguageCode();
    }
}
