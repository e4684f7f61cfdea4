using FluentValidation;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Accounts.Passwords.ForgotPassword;

public sealed class ForgotPasswordCommandValidator : AbstractValidator<ForgotPasswordCommand>
{
    public ForgotPasswordCommandValidator() => RuleFor(x => x.Email).NotEmpty().MaximumLength(FieldLimits.Email).EmailAddress();
}
