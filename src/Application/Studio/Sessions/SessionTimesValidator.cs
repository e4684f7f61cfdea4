using FluentValidation;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Studio.Sessions;

internal static class SessionTimeRules
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(7);

    public static void AddTimeRangeRules<T>(this AbstractValidator<T> validator, Func<T, DateTimeOffset> startsAt, Func<T, DateTimeOffset> endsAt)
    {
        validator.RuleFor(x => startsAt(x)).NotEmpty().OverridePropertyName("StartsAt");
        validator.RuleFor(x => endsAt(x)).NotEmpty().OverridePropertyName("EndsAt")
            .Must((x, end) => end.ToStoredPrecision() > startsAt(x).ToStoredPrecision()).WithMessage("'EndsAt' must be after 'StartsAt'.")
            .Must((x, end) => end - startsAt(x) <= MaxDuration).WithMessage($"A session lasts at most {MaxDuration.TotalDays} days.");
    }
}
