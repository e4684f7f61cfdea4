using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.DeclineMyQuote;

public sealed class DeclineMyQuoteCommandValidator : AbstractValidator<DeclineMyQuoteCommand>
{
    public DeclineMyQuoteCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Note).OptionalText(Quote.MaxNote);
    }
}
