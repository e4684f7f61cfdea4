using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Assistant.ClearAssistantSession;

public sealed class ClearAssistantSessionCommandValidator : AbstractValidator<ClearAssistantSessionCommand>
{
    public ClearAssistantSessionCommandValidator() => RuleFor(x => x.SessionId).ConversationId();
}
