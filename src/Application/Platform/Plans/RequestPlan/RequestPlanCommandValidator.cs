using FluentValidation;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Plans.RequestPlan;

public sealed class RequestPlanCommandValidator : AbstractValidator<RequestPlanCommand>
{
    public RequestPlanCommandValidator() => RuleFor(x => x.Plan).NotEmpty().MaximumLength(Plan.MaxName);
}
