using FluentValidation;

namespace RecordingStudio.Application.Studio.Portal.StartMyCheckout;

public sealed class StartMyCheckoutCommandValidator : AbstractValidator<StartMyCheckoutCommand>
{
    public StartMyCheckoutCommandValidator() => RuleFor(x => x.InvoiceId).NotEmpty();
}
