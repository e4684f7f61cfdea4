using FluentValidation;

namespace RecordingStudio.Application.Assistant.ConfirmAssistantAction;

public sealed class ConfirmAssistantActionCommandValidator : AbstractValidator<ConfirmAssistantActionCommand>
{
    public ConfirmAssistantActionCommandValidator() => RuleFor(x => x.ActionId).NotEmpty();
}
