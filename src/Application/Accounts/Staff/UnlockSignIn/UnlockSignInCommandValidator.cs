using FluentValidation;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Accounts.Staff.UnlockSignIn;

public sealed class UnlockSignInCommandValidator : AbstractValidator<UnlockSignInCommand>
{
    public UnlockSignInCommandValidator() => RuleFor(x => x.Email).NotEmpty().MaximumLength(FieldLimits.Email);
}
