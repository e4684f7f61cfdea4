using FluentValidation;

namespace RecordingStudio.Application.Assistant.GetAssistantAudit;

public sealed class GetAssistantAuditQueryValidator : AbstractValidator<GetAssistantAuditQuery>
{
    public GetAssistantAuditQueryValidator() => RuleFor(x => x.Limit).InclusiveBetween(1, 500);
}
