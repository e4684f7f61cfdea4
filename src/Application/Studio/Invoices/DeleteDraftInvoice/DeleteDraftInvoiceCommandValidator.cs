using FluentValidation;

namespace RecordingStudio.Application.Studio.Invoices.DeleteDraftInvoice;

public sealed class DeleteDraftInvoiceCommandValidator : AbstractValidator<DeleteDraftInvoiceCommand>
{
    public DeleteDraftInvoiceCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
