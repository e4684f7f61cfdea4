using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.RecordDeposit;

public sealed class RecordDepositCommandValidator : AbstractValidator<RecordDepositCommand>
{
    public RecordDepositCommandValidator()
    {
        RuleFor(x => x.SessionId).NotEmpty();
        RuleFor(x => x.Amount).GreaterThan(0).LessThanOrEqualTo(100_000_000).PrecisionScale(14, 3, ignoreTrailingZeros: true);
        RuleFor(x => x.Method).IsInEnum().NotEqual(PaymentMethod.Online).WithMessage("'Method' is transfer, cash or card.");
        RuleFor(x => x.PaidOn).GreaterThanOrEqualTo(new DateOnly(2000, 1, 1));
        RuleFor(x => x.Reference).OptionalText(Payment.MaxReference);
    }
}
