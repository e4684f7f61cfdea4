using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Assistant.GetAssistantSession;

public sealed class GetAssistantSessionQueryValidator : AbstractValidator<GetAssistantSessionQuery>
{
    public GetAssistantSessionQueryValidator() => RuleFor(x => x.SessionId).ConversationId();
}
