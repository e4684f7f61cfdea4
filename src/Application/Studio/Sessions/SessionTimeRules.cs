using FluentValidation;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

internal static class SessionTimeRules
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(7);

    public static void AddTimeRangeRules<T>(this AbstractValidator<T> validator, Func<T, DateTimeOffset> startsAt, Func<T, DateTimeOffset> endsAt,
        TimeProvider clock)
    {
        validator.RuleFor(x => startsAt(x)).NotEmpty().OverridePropertyName("StartsAt")
            .Must(start => BookingHorizon.Contains(start, clock.GetUtcNow())).WithMessage(BookingHorizon.Explanation);
        validator.RuleFor(x => endsAt(x)).NotEmpty().OverridePropertyName("EndsAt")
            .Must((x, end) => end.ToStoredPrecision() > startsAt(x).ToStoredPrecision()).WithMessage("'EndsAt' must be after 'StartsAt'.")
            .Must((x, end) => end - startsAt(x) <= MaxDuration).WithMessage($"A session lasts at most {MaxDuration.TotalDays} days.");
    }
}
