using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Studio.Sessions.CreateSession;

public sealed class CreateSessionCommandValidator : AbstractValidator<CreateSessionCommand>
{
    public CreateSessionCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.ClientId).NotEmpty();
        RuleFor(x => x.RoomId).NotEmpty();
        RuleFor(x => x.EngineerId).NotEqual(Guid.Empty);
        this.AddTimeRangeRules(x => x.StartsAt, x => x.EndsAt, clock);
        RuleFor(x => x.Title).OptionalText(FieldLimits.Title);
        RuleFor(x => x.Notes).OptionalText(FieldLimits.Notes);
    }
}
