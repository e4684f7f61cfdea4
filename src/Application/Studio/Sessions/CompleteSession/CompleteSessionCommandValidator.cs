using FluentValidation;

namespace RecordingStudio.Application.Studio.Sessions.CompleteSession;

public sealed class CompleteSessionCommandValidator : AbstractValidator<CompleteSessionCommand>
{
    public CompleteSessionCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
