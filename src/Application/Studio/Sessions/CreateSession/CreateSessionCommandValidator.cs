using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

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
        RuleFor(x => x.Tentative).Equal(false).When(x => x.Hold).WithMessage("A session is either a hold or tentative, not both.");
        RuleFor(x => x.HoldExpiresAt).Null().When(x => !x.Hold).WithMessage("'HoldExpiresAt' is for a hold: set 'hold' to true.");
        RuleFor(x => x.HoldExpiresAt)
            .Must(expiry => expiry > clock.GetUtcNow()).WithMessage("A hold must expire in the future.")
            .Must(expiry => expiry <= clock.GetUtcNow().AddHours(StudioSettings.MaxHoldHours))
            .WithMessage($"A hold lasts at most {StudioSettings.MaxHoldHours} hours.")
            .When(x => x.Hold && x.HoldExpiresAt is not null);
    }
}
