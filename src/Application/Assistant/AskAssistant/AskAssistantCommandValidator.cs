using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Assistant.AskAssistant;

public sealed class AskAssistantCommandValidator : AbstractValidator<AskAssistantCommand>
{
    public AskAssistantCommandValidator()
    {
        RuleFor(x => x.Message).NotEmpty().MaximumLength(2000);
        // Named as the API's field (sessionId, the name the system this replaces gave its conversation ids).
        RuleFor(x => x.ConversationId).ConversationId().When(x => x.ConversationId is not null).Named("SessionId");
    }
}
