using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Accounts.Passwords;

public static class PasswordRules
{
    public const int MinLength = 10;

    /// <summary>Length and matching confirmation; Identity adds its own checks when the password is stored.</summary>
    public static void AddPasswordRules<T>(this AbstractValidator<T> validator, Func<T, string> password, Func<T, string> confirm,
        string passwordField = "Password", string confirmField = "ConfirmPassword")
    {
        validator.RuleFor(x => password(x)).NotEmpty().MinimumLength(MinLength).MaximumLength(256).Named(passwordField);
        validator.RuleFor(x => confirm(x)).Must((x, value) => value == password(x)).WithSentence("The passwords do not match.").Named(confirmField);
    }
}
