using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Quotes.CreateQuote;

public sealed class CreateQuoteCommandValidator : AbstractValidator<CreateQuoteCommand>
{
    public CreateQuoteCommandValidator()
    {
        RuleFor(x => x.ClientId).NotEmpty();
        RuleFor(x => (x.SessionIds == null ? 0 : x.SessionIds.Count) + (x.Lines == null ? 0 : x.Lines.Count) + (x.SeriesId == null ? 0 : 1))
            .InclusiveBetween(1, Invoice.MaxLines).Named("Lines")
            .WithSentence("A quote has 1 to {0} lines: sessions, a series or free lines.", Invoice.MaxLines);
        RuleForEach(x => x.SessionIds).NotEmpty();
        RuleFor(x => x.SeriesId).NotEqual(Guid.Empty);
        RuleForEach(x => x.Lines).NotNull().SetValidator(new FreeInvoiceLineValidator());
        RuleFor(x => x.ValidUntil).GreaterThanOrEqualTo(new DateOnly(2000, 1, 1)).LessThanOrEqualTo(new DateOnly(2100, 1, 1));
    }
}
