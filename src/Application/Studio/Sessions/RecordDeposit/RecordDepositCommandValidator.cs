using FluentValidation;
using RecordingStudio.Application.Studio.Invoices;

namespace RecordingStudio.Application.Studio.Sessions.RecordDeposit;

public sealed class RecordDepositCommandValidator : AbstractValidator<RecordDepositCommand>
{
    public RecordDepositCommandValidator()
    {
        RuleFor(x => x.SessionId).NotEmpty();
        ReceivedPayments.Rules(this, x => x.Amount, x => x.Method, x => x.PaidOn, x => x.Reference);
    }
}
