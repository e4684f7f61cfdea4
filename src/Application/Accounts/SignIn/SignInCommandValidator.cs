using FluentValidation;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Accounts.SignIn;

public sealed class SignInCommandValidator : AbstractValidator<SignInCommand>
{
    public SignInCommandValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(FieldLimits.Email);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(512);
        RuleFor(x => x.ClientAddress).NotEmpty().MaximumLength(64);
    }
}
