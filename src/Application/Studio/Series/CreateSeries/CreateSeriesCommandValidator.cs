using FluentValidation;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Series.CreateSeries;

public sealed class CreateSeriesCommandValidator : AbstractValidator<CreateSeriesCommand>
{
    public CreateSeriesCommandValidator(TimeProvider clock, IRecurrenceRules rules)
    {
        this.AddBookingRules(x => x.ClientId, x => x.RoomId, x => x.EngineerId, x => x.StartsAt, x => x.EndsAt, x => x.Title, x => x.Notes, clock);
        RuleFor(x => x.Rule).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(SessionSeries.MaxRuleLength)
            .Custom((rule, context) =>
            {
                // Read once: the problem is the message.
                if (rules.Problem(rule) is { } problem) context.AddFailure(Text.Say(problem));
            });
    }
}
