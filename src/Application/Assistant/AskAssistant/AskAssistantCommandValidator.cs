using FluentValidation;

namespace RecordingStudio.Application.Assistant.AskAssistant;

public sealed class AskAssistantCommandValidator : AbstractValidator<AskAssistantCommand>
{
    public AskAssistantCommandValidator()
    {
        RuleFor(x => x.Message).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.SessionId).NotEqual(Guid.Empty);
    }
}
