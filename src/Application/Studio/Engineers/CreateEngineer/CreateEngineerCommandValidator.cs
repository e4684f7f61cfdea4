using FluentValidation;

namespace RecordingStudio.Application.Studio.Engineers.CreateEngineer;

public sealed class CreateEngineerCommandValidator : AbstractValidator<CreateEngineerCommand>
{
    public CreateEngineerCommandValidator() => this.AddEngineerFieldRules();
}
