using FluentValidation;

namespace RecordingStudio.Application.Studio.Invoices.RecordPayment;

public sealed class RecordPaymentCommandValidator : AbstractValidator<RecordPaymentCommand>
{
    public RecordPaymentCommandValidator()
    {
        RuleFor(x => x.InvoiceId).NotEmpty();
        ReceivedPayments.Rules(this, x => x.Amount, x => x.Method, x => x.PaidOn, x => x.Reference);
    }
}
