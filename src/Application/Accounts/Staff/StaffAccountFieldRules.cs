using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Accounts.Staff;

/// <summary>The fields a staff account is made with, by invitation (Owners) or with a password (the operator).</summary>
public interface IStaffAccountFields
{
    string Email { get; }
    string DisplayName { get; }
    AccountRole Role { get; }
    Guid? EngineerId { get; }
}

internal static class StaffAccountFieldRules
{
    public static void AddStaffAccountFieldRules<T>(this AbstractValidator<T> validator) where T : IStaffAccountFields
    {
        validator.RuleFor(x => x.Email).NotEmpty().MaximumLength(FieldLimits.Email).EmailAddress();
        validator.RuleFor(x => x.DisplayName).RequiredName();
        validator.RuleFor(x => x.Role).IsInEnum().NotEqual(AccountRole.Client).WithSentence("Invite clients from their client record.");
        validator.RuleFor(x => x.EngineerId).NotNull().NotEqual(Guid.Empty).When(x => x.Role == AccountRole.Engineer)
            .WithSentence("An Engineer account is linked to its engineer record: give 'EngineerId'.");
    }
}
