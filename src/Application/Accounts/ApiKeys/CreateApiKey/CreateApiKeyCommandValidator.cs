using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.ApiKeys.CreateApiKey;

public sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator()
    {
        RuleFor(x => x.Name).RequiredName();
        RuleFor(x => x.Role).Must(r => r is AccountRole.Manager or AccountRole.Engineer)
            .WithSentence("An API key acts as a Manager or an Engineer.");
    }
}
