using FluentValidation;

namespace RecordingStudio.Application.Studio.Sessions.ConfirmSession;

public sealed class ConfirmSessionCommandValidator : AbstractValidator<ConfirmSessionCommand>
{
    public ConfirmSessionCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
