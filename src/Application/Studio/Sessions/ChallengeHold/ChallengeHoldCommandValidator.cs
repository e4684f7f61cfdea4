using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Sessions.ChallengeHold;

public sealed class ChallengeHoldCommandValidator : AbstractValidator<ChallengeHoldCommand>
{
    public const int MaxHours = 24 * 7;

    public ChallengeHoldCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Hours).InclusiveBetween(1, MaxHours).WithSentence("Give the 1st hold 1 to {0} hours to confirm.", MaxHours);
    }
}
