using FluentValidation;

namespace RecordingStudio.Application.Studio.Invoices.RecordOnlinePayment;

public sealed class RecordOnlinePaymentCommandValidator : AbstractValidator<RecordOnlinePaymentCommand>
{
    public const int MaxPayload = 256 * 1024;

    public RecordOnlinePaymentCommandValidator() => RuleFor(x => x.Payload).NotEmpty().MaximumLength(MaxPayload);
}
