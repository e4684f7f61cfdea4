using FluentValidation;

namespace RecordingStudio.Application.Studio.Portal.AcceptMyQuote;

public sealed class AcceptMyQuoteCommandValidator : AbstractValidator<AcceptMyQuoteCommand>
{
    public AcceptMyQuoteCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
