using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Sessions.CheckAvailability;

public sealed class CheckAvailabilityQueryValidator : AbstractValidator<CheckAvailabilityQuery>
{
    public CheckAvailabilityQueryValidator(TimeProvider clock)
    {
        RuleFor(x => x.RoomId).NotNull().When(x => x.EngineerId is null).WithSentence("Give a room, an engineer or both.");
        this.AddTimeRangeRules(x => x.StartsAt, x => x.EndsAt, clock);
    }
}
