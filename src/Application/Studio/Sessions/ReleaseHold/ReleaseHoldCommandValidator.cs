using FluentValidation;

namespace RecordingStudio.Application.Studio.Sessions.ReleaseHold;

public sealed class ReleaseHoldCommandValidator : AbstractValidator<ReleaseHoldCommand>
{
    public ReleaseHoldCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
