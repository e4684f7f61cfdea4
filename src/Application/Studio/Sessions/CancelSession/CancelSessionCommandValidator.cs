using FluentValidation;

namespace RecordingStudio.Application.Studio.Sessions.CancelSession;

public sealed class CancelSessionCommandValidator : AbstractValidator<CancelSessionCommand>
{
    public CancelSessionCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
