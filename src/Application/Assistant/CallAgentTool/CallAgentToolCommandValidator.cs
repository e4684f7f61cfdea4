using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Assistant.CallAgentTool;

public sealed class CallAgentToolCommandValidator : AbstractValidator<CallAgentToolCommand>
{
    public CallAgentToolCommandValidator()
    {
        RuleFor(x => x.Tool).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Arguments).NotNull().Must(a => a.Count <= 20).WithSentence("A tool takes at most {0} arguments.", 20);
    }
}
