using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Settings.SetStudioLanguage;

public sealed class SetStudioLanguageCommandValidator : AbstractValidator<SetStudioLanguageCommand>
{
    public SetStudioLanguageCommandValidator() => RuleFor(x => x.Language).NotEmpty().LanguageCode();
}
