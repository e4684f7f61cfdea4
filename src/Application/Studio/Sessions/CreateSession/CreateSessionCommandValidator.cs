using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.CreateSession;

public sealed class CreateSessionCommandValidator : AbstractValidator<CreateSessionCommand>
{
    public CreateSessionCommandValidator(TimeProvider clock)
    {
        this.AddBookingRules(x => x.ClientId, x => x.RoomId, x => x.EngineerId, x => x.StartsAt, x => x.EndsAt, x => x.Title, x => x.Notes, clock);
        RuleFor(x => x.Tentative).Equal(false).When(x => x.Hold).WithSentence("A session is either a hold or tentative, not both.");
        RuleFor(x => x.HoldExpiresAt).Null().When(x => !x.Hold).WithSentence("'HoldExpiresAt' is for a hold: set 'hold' to true.");
        RuleFor(x => x.HoldExpiresAt)
            .Must(expiry => expiry > clock.GetUtcNow()).WithSentence("A hold must expire in the future.")
            .Must(expiry => expiry <= clock.GetUtcNow().AddHours(StudioSettings.MaxHoldHours))
            .WithSentence("A hold lasts at most {0} hours.", StudioSettings.MaxHoldHours)
            .When(x => x.Hold && x.HoldExpiresAt is not null);
    }
}
