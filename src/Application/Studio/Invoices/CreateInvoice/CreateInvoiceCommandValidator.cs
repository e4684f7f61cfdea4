using FluentValidation;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.CreateInvoice;

public sealed class CreateInvoiceCommandValidator : AbstractValidator<CreateInvoiceCommand>
{
    public CreateInvoiceCommandValidator()
    {
        RuleFor(x => x.ClientId).NotEmpty();
        RuleFor(x => (x.SessionIds == null ? 0 : x.SessionIds.Count) + (x.Lines == null ? 0 : x.Lines.Count)).InclusiveBetween(1, Invoice.MaxLines)
            .OverridePropertyName("Lines").WithMessage($"An invoice has 1 to {Invoice.MaxLines} lines: sessions or free lines.");
        RuleForEach(x => x.SessionIds).NotEmpty();
        RuleForEach(x => x.Lines).NotNull().SetValidator(new FreeInvoiceLineValidator());
    }
}
