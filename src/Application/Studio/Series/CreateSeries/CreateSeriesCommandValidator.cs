using FluentValidation;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Series.CreateSeries;

public sealed class CreateSeriesCommandValidator : AbstractValidator<CreateSeriesCommand>
{
    public CreateSeriesCommandValidator(TimeProvider clock, IRecurrenceRules rules)
    {
        RuleFor(x => x.ClientId).NotEmpty();
        RuleFor(x => x.RoomId).NotEmpty();
        RuleFor(x => x.EngineerId).NotEqual(Guid.Empty);
        this.AddTimeRangeRules(x => x.StartsAt, x => x.EndsAt, clock);
        RuleFor(x => x.Title).OptionalText(FieldLimits.Title);
        RuleFor(x => x.Notes).OptionalText(FieldLimits.Notes);
        RuleFor(x => x.Rule).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(SessionSeries.MaxRuleLength)
            .Must(rule => rules.Problem(rule) is null).WithMessage(x => rules.Problem(x.Rule)!);
    }
}
