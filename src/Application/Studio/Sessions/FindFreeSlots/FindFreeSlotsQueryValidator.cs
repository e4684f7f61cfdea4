using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.FindFreeSlots;

public sealed class FindFreeSlotsQueryValidator : AbstractValidator<FindFreeSlotsQuery>
{
    public FindFreeSlotsQueryValidator(TimeProvider clock)
    {
        RuleFor(x => x.Day).Must(day => BookingHorizon.Contains(day, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            .WithSentence(BookingHorizon.Explanation);
        RuleFor(x => x.RoomId).NotNull().When(x => x.EngineerId is null).WithSentence("Give a room, an engineer or both.");
        RuleFor(x => x.DurationMinutes).InclusiveBetween(15, 24 * 60);
        RuleFor(x => x.Limit).InclusiveBetween(1, 20);
    }
}
