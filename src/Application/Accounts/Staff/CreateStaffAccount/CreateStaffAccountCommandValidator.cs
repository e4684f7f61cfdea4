using FluentValidation;
using RecordingStudio.Application.Accounts.Passwords;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Accounts.Staff.CreateStaffAccount;

public sealed class CreateStaffAccountCommandValidator : AbstractValidator<CreateStaffAccountCommand>
{
    public CreateStaffAccountCommandValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(FieldLimits.Email).EmailAddress();
        RuleFor(x => x.DisplayName).RequiredName();
        RuleFor(x => x.Role).IsInEnum().NotEqual(AccountRole.Client);
        RuleFor(x => x.EngineerId).NotNull().When(x => x.Role == AccountRole.Engineer).WithMessage("An Engineer account is linked to its engineer record.");
        RuleFor(x => x.Password).NotEmpty().MinimumLength(PasswordRules.MinLength).MaximumLength(256);
    }
}
