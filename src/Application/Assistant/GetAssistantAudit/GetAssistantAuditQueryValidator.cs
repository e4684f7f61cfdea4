using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Assistant.GetAssistantAudit;

public sealed class GetAssistantAuditQueryValidator : AbstractValidator<GetAssistantAuditQuery>
{
    public GetAssistantAuditQueryValidator() => this.Paging(x => x.Page, x => x.PageSize);
}
