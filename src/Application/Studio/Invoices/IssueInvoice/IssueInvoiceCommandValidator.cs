using FluentValidation;

namespace RecordingStudio.Application.Studio.Invoices.IssueInvoice;

public sealed class IssueInvoiceCommandValidator : AbstractValidator<IssueInvoiceCommand>
{
    public IssueInvoiceCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
