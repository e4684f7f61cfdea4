using FluentValidation;

namespace RecordingStudio.Application.Accounts.ApiKeys.RevokeApiKey;

public sealed class RevokeApiKeyCommandValidator : AbstractValidator<RevokeApiKeyCommand>
{
    public RevokeApiKeyCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
