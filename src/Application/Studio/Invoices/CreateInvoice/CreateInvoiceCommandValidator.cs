using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;
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
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Description).NotEmpty().OptionalText(FieldLimits.Description);
            // Corrections are credit notes (to come), not negative lines.
            line.RuleFor(l => l.Amount).InclusiveBetween(0, 10_000_000).PrecisionScale(12, 3, ignoreTrailingZeros: true);
            line.RuleFor(l => l.TaxPercent).InclusiveBetween(0, 100).PrecisionScale(5, 2, ignoreTrailingZeros: true);
        });
    }
}
