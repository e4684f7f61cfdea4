using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Accounts.Staff.InviteStaff;

public sealed class InviteStaffCommandValidator : AbstractValidator<InviteStaffCommand>
{
    public InviteStaffCommandValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(FieldLimits.Email).EmailAddress();
        RuleFor(x => x.DisplayName).RequiredName();
        RuleFor(x => x.Role).IsInEnum().NotEqual(AccountRole.Client).WithMessage("Invite clients from their client record.");
        RuleFor(x => x.EngineerId).NotNull().NotEqual(Guid.Empty).When(x => x.Role == AccountRole.Engineer)
            .WithMessage("An Engineer account is linked to its engineer record: give 'EngineerId'.");
    }
}
