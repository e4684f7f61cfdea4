using FluentValidation;

namespace RecordingStudio.Application.Studio.Sessions.RescheduleSession;

public sealed class RescheduleSessionCommandValidator : AbstractValidator<RescheduleSessionCommand>
{
    public RescheduleSessionCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.RoomId).NotEqual(Guid.Empty);
        RuleFor(x => x.EngineerId).NotEqual(Guid.Empty);
        this.AddTimeRangeRules(x => x.StartsAt, x => x.EndsAt, clock);
    }
}
