using FluentValidation;

namespace RecordingStudio.Application.Assistant.ConfirmAction;

public sealed class ConfirmAssistantActionCommandValidator : AbstractValidator<ConfirmAssistantActionCommand>
{
    public ConfirmAssistantActionCommandValidator() => RuleFor(x => x.ActionId).NotEmpty();
}
