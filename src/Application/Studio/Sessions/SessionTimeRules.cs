using RecordingStudio.Application.Common.Validation;
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
        validator.RuleFor(x => startsAt(x)).NotEmpty().Named("StartsAt")
            .Must(start => BookingHorizon.Contains(start, clock.GetUtcNow())).WithSentence(BookingHorizon.Explanation);
        validator.RuleFor(x => endsAt(x)).NotEmpty().Named("EndsAt")
            .Must((x, end) => end.ToStoredPrecision() > startsAt(x).ToStoredPrecision()).WithSentence("'EndsAt' must be after 'StartsAt'.")
            .Must((x, end) => end - startsAt(x) <= MaxDuration).WithSentence("A session lasts at most {0} days.", MaxDuration.TotalDays);
    }

    /// <summary>What every booking names — a client, a room, perhaps an engineer, a time range, a title and notes — checked one way.</summary>
    public static void AddBookingRules<T>(this AbstractValidator<T> validator, Func<T, Guid> clientId, Func<T, Guid> roomId, Func<T, Guid?> engineerId,
        Func<T, DateTimeOffset> startsAt, Func<T, DateTimeOffset> endsAt, Func<T, string?> title, Func<T, string?> notes, TimeProvider clock)
    {
        validator.RuleFor(x => clientId(x)).NotEmpty().Named("ClientId");
        validator.RuleFor(x => roomId(x)).NotEmpty().Named("RoomId");
        validator.RuleFor(x => engineerId(x)).NotEqual(Guid.Empty).Named("EngineerId");
        validator.AddTimeRangeRules(startsAt, endsAt, clock);
        validator.RuleFor(x => title(x)).OptionalText(FieldLimits.Title).Named("Title");
        validator.RuleFor(x => notes(x)).OptionalText(FieldLimits.Notes).Named("Notes");
    }
}
