using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.CreateInvoice;

public sealed class CreateInvoiceCommandValidator : AbstractValidator<CreateInvoiceCommand>
{
    public CreateInvoiceCommandValidator()
    {
        RuleFor(x => x.ClientId).NotEmpty();
        RuleFor(x => (x.SessionIds == null ? 0 : x.SessionIds.Count) + (x.Lines == null ? 0 : x.Lines.Count)).InclusiveBetween(1, Invoice.MaxLines)
            .Named("Lines").WithSentence("An invoice has 1 to {0} lines: sessions or free lines.", Invoice.MaxLines);
        RuleForEach(x => x.SessionIds).NotEmpty();
        RuleForEach(x => x.Lines).NotNull().SetValidator(new FreeInvoiceLineValidator());
    }
}
