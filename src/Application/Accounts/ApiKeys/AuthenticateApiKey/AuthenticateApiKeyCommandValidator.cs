using FluentValidation;

namespace RecordingStudio.Application.Accounts.ApiKeys.AuthenticateApiKey;

public sealed class AuthenticateApiKeyCommandValidator : AbstractValidator<AuthenticateApiKeyCommand>
{
    public AuthenticateApiKeyCommandValidator() => RuleFor(x => x.Key).NotEmpty().MaximumLength(200);
}
