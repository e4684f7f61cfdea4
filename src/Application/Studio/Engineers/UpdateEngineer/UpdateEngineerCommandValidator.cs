using FluentValidation;

namespace RecordingStudio.Application.Studio.Engineers.UpdateEngineer;

public sealed class UpdateEngineerCommandValidator : AbstractValidator<UpdateEngineerCommand>
{
    public UpdateEngineerCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        this.AddEngineerFieldRules();
    }
}
