using FluentValidation;

namespace RecordingStudio.Application.Assistant.ClearAssistantSession;

public sealed class ClearAssistantSessionCommandValidator : AbstractValidator<ClearAssistantSessionCommand>
{
    public ClearAssistantSessionCommandValidator() => RuleFor(x => x.SessionId).NotEmpty();
}
