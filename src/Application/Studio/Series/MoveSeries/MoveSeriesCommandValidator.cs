using FluentValidation;
using RecordingStudio.Application.Studio.Sessions;

namespace RecordingStudio.Application.Studio.Series.MoveSeries;

public sealed class MoveSeriesCommandValidator : AbstractValidator<MoveSeriesCommand>
{
    public MoveSeriesCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Id).NotEmpty();
        this.AddTimeRangeRules(x => x.StartsAt, x => x.EndsAt, clock);
        RuleFor(x => x.RoomId).NotEqual(Guid.Empty);
        RuleFor(x => x.EngineerId).NotEqual(Guid.Empty);
    }
}
