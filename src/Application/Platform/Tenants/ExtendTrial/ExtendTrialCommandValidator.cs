using FluentValidation;

namespace RecordingStudio.Application.Platform.Tenants.ExtendTrial;

public sealed class ExtendTrialCommandValidator : AbstractValidator<ExtendTrialCommand>
{
    public ExtendTrialCommandValidator()
    {
        RuleFor(x => x.Subdomain).NotEmpty();
        RuleFor(x => x.Days).InclusiveBetween(1, 365);
    }
}
