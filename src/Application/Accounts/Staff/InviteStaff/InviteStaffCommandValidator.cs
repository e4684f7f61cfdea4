using FluentValidation;

namespace RecordingStudio.Application.Accounts.Staff.InviteStaff;

public sealed class InviteStaffCommandValidator : AbstractValidator<InviteStaffCommand>
{
    public InviteStaffCommandValidator() => this.AddStaffAccountFieldRules();
}
