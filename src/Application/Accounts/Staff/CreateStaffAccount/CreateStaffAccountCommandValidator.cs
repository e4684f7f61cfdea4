using FluentValidation;
using RecordingStudio.Application.Accounts.Passwords;

namespace RecordingStudio.Application.Accounts.Staff.CreateStaffAccount;

public sealed class CreateStaffAccountCommandValidator : AbstractValidator<CreateStaffAccountCommand>
{
    public CreateStaffAccountCommandValidator()
    {
        this.AddStaffAccountFieldRules();
        RuleFor(x => x.Password).NotEmpty().MinimumLength(PasswordRules.MinLength).MaximumLength(256);
    }
}
