using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Accounts.Language;

public sealed class SetMyLanguageCommandValidator : AbstractValidator<SetMyLanguageCommand>
{
    public SetMyLanguageCommandValidator() => RuleFor(x => x.Language).LanguageCode();
}
