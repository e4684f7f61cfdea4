using FluentValidation.Results;
using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices;

/// <summary>Money received by hand — a payment on an invoice, a deposit on a session — checked the same way.</summary>
public static class ReceivedPayments
{
    /// <summary>A positive amount, transfer, cash or card (online payments come from the provider, not a form), a date, a reference.</summary>
    public static void Rules<T>(AbstractValidator<T> validator, Func<T, decimal> amount, Func<T, PaymentMethod?> method, Func<T, DateOnly> paidOn,
        Func<T, string?> reference)
    {
        validator.RuleFor(x => amount(x)).GreaterThan(0).LessThanOrEqualTo(100_000_000).PrecisionScale(14, 3, ignoreTrailingZeros: true).Named("Amount");
        validator.RuleFor(x => method(x)).NotNull().IsInEnum().NotEqual(PaymentMethod.Online).WithSentence("'Method' is transfer, cash or card.")
            .Named("Method");
        validator.RuleFor(x => paidOn(x)).GreaterThanOrEqualTo(new DateOnly(2000, 1, 1)).Named("PaidOn");
        validator.RuleFor(x => reference(x)).OptionalText(Payment.MaxReference).Named("Reference");
    }

    /// <summary>Recorded once received: dated today (the studio's) or before.</summary>
    public static void EnsureReceived(DateOnly paidOn, DateOnly today)
    {
        if (paidOn > today)
            throw new ValidationException([new ValidationFailure("PaidOn", Text.Say("A payment is recorded once received: its date is today or before."))
                { ErrorCode = "future_payment" }]);
    }
}
