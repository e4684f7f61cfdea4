using FluentValidation;

namespace RecordingStudio.Application.Accounts.Staff.DeactivateStaff;

public sealed class DeactivateStaffCommandValidator : AbstractValidator<DeactivateStaffCommand>
{
    public DeactivateStaffCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
