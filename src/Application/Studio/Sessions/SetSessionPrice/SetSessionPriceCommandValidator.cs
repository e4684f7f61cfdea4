using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Sessions.SetSessionPrice;

public sealed class SetSessionPriceCommandValidator : AbstractValidator<SetSessionPriceCommand>
{
    public SetSessionPriceCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Override).InclusiveBetween(0, 10_000_000).PrecisionScale(12, 3, ignoreTrailingZeros: true);
        RuleFor(x => x.DiscountPercent).InclusiveBetween(0, 100).PrecisionScale(5, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.DiscountAmount).InclusiveBetween(0, 10_000_000).PrecisionScale(12, 3, ignoreTrailingZeros: true);
        RuleFor(x => x).Must(x => x.Override is null || (x.DiscountPercent is null && x.DiscountAmount is null))
            .Named("Override").WithSentence("Give a price of its own, or a discount, not both.");
    }
}
