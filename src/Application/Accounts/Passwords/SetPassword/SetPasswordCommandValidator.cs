using FluentValidation;

namespace RecordingStudio.Application.Accounts.Passwords.SetPassword;

public sealed class SetPasswordCommandValidator : AbstractValidator<SetPasswordCommand>
{
    public SetPasswordCommandValidator()
    {
        RuleFor(x => x.UserId).NotEmpty();
        RuleFor(x => x.Token).NotEmpty().MaximumLength(2048);
        this.AddPasswordRules(x => x.Password, x => x.ConfirmPassword);
    }
}
