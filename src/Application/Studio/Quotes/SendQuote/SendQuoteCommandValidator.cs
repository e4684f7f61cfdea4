using FluentValidation;

namespace RecordingStudio.Application.Studio.Quotes.SendQuote;

public sealed class SendQuoteCommandValidator : AbstractValidator<SendQuoteCommand>
{
    public SendQuoteCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
