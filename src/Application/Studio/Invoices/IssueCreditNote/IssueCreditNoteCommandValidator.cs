using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.IssueCreditNote;

public sealed class IssueCreditNoteCommandValidator : AbstractValidator<IssueCreditNoteCommand>
{
    public IssueCreditNoteCommandValidator()
    {
        RuleFor(x => x.InvoiceId).NotEmpty();
        RuleFor(x => x.Lines).Must((command, lines) => command.Full ? lines is null or { Count: 0 } : lines is { Count: > 0 and <= Invoice.MaxLines })
            .WithSentence("A credit note is either full (every line of the invoice) or 1 to {0} lines.", Invoice.MaxLines);
        RuleForEach(x => x.Lines).NotNull().SetValidator(new FreeInvoiceLineValidator());
        RuleFor(x => x.Reason).OptionalText(FieldLimits.Description);
    }
}
