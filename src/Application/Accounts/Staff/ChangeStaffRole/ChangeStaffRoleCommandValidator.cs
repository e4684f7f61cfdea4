using FluentValidation;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.Staff.ChangeStaffRole;

public sealed class ChangeStaffRoleCommandValidator : AbstractValidator<ChangeStaffRoleCommand>
{
    public ChangeStaffRoleCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Role).IsInEnum().NotEqual(AccountRole.Client);
    }
}
