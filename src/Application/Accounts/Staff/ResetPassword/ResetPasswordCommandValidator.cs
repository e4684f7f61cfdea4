using FluentValidation;
using RecordingStudio.Application.Accounts.Passwords;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Accounts.Staff.ResetPassword;

public sealed class ResetPasswordCommandValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordCommandValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(FieldLimits.Email);
        RuleFor(x => x.NewPassword).NotEmpty().MinimumLength(PasswordRules.MinLength).MaximumLength(256);
    }
}
