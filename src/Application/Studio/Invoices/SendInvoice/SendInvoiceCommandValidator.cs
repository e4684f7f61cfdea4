using FluentValidation;

namespace RecordingStudio.Application.Studio.Invoices.SendInvoice;

public sealed class SendInvoiceCommandValidator : AbstractValidator<SendInvoiceCommand>
{
    public SendInvoiceCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
