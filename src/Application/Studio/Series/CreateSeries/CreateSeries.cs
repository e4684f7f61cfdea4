using FluentValidation.Results;
using FluentValidation;
using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Sessions.Timers;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Series.CreateSeries;

/// <summary>
/// Books a series: the session [StartsAt, EndsAt) and its repetitions by <see cref="Rule"/> (an RRULE such as
/// FREQ=WEEKLY;COUNT=12 or FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270301), at the same hours on the studio's clock. Every
/// occurrence is checked; all or nothing (409 series_conflict listing each refused one and what is in the way) unless
/// <see cref="BookFreeOnly"/>, which books the free ones and reports the others.
/// </summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record CreateSeriesCommand(
    Guid ClientId,
    Guid RoomId,
    Guid? EngineerId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Rule,
    string? Title = null,
    [property: FreeText] string? Notes = null,
    bool BookFreeOnly = false) : ICommand<SeriesDto>;

public sealed class CreateSeriesCommandHandler(
    IReadRepository<StudioSettings> settings,
    IRecurrenceRules rules,
    BookingConflictChecker booking,
    SessionTimers timers,
    SessionNotifications notifications,
    TimeProvider clock)
    : ICommandHandler<CreateSeriesCommand, SeriesDto>
{
    public async ValueTask<SeriesDto> Handle(CreateSeriesCommand command, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        var calendar = studio.Calendar;
        var now = clock.GetUtcNow();
        var (starts, complete) = rules.Starts(command.Rule, command.StartsAt, studio.TimeZone, SessionSeries.MaxOccurrences + 1);
        if (starts.Count == 0)
            throw Invalid("The rule makes no session from the start given (an UNTIL before it, or days that never come?).");
        // RFC 5545 leaves a first instance outside the rule undefined: say so rather than silently drop the session asked for.
        if ((starts[0] - command.StartsAt).Duration() >= TimeSpan.FromSeconds(1))
            throw new ValidationException([new ValidationFailure(nameof(CreateSeriesCommand.StartsAt),
                Text.Say("The first session must fall on the rule: the rule's first day from then is {0:ddd d MMM yyyy}.", calendar.ToLocal(starts[0])))]);
        if (starts.Count > SessionSeries.MaxOccurrences)
            throw Invalid("A series has at most {0} sessions; this rule makes more.", SessionSeries.MaxOccurrences);
        if (!complete)
            throw Invalid("The rule's days after {0:d MMM yyyy} come too rarely to be found: end the series sooner.", calendar.ToLocal(starts[^1]));
        if (starts.Where(start => !BookingHorizon.Contains(start, now)).Select(start => (DateTimeOffset?)start).FirstOrDefault() is { } tooFar)
            throw Invalid("The session of {0:d MMM yyyy} is beyond what can be booked. Choose a day within ten years of today.", calendar.ToLocal(tooFar));

        var series = new SessionSeries(command.ClientId, command.RoomId, command.EngineerId, command.Rule, command.Title, now);
        // The same hours on the studio's clock each time: 18:00–22:00 stays so across a daylight-saving change.
        var (firstLocal, lastLocal) = (calendar.ToLocal(command.StartsAt).DateTime, calendar.ToLocal(command.EndsAt).DateTime);
        var occurrences = starts.Select(start =>
        {
            var end = calendar.ToUtc(calendar.ToLocal(start).DateTime + (lastLocal - firstLocal));
            var session = new Session(command.ClientId, command.RoomId, command.EngineerId,
                new TimeSlot(start, end > start ? end : start + (command.EndsAt - command.StartsAt)), command.Title, command.Notes);
            session.BelongTo(series);
            return session;
        }).ToList();

        foreach (var session in occurrences) await timers.ScheduleAsync(session, CancellationToken.None);
        var skipped = await booking.BookSeriesAsync(series, occurrences, command.BookFreeOnly, ct);
        var booked = occurrences.Except(skipped.Select(s => s.Occurrence)).ToList();
        await notifications.SendSeriesAsync(booked, SessionChange.Booked, CancellationToken.None);
        return new SeriesDto(series.Id, series.ClientId, series.RoomId, series.EngineerId, series.Rule, series.Title,
            booked.Adapt<List<SessionDto>>(), skipped.Select(s => SeriesConflictDto.Of(s.Occurrence, s.Why, booked.Select(b => b.Id).ToHashSet())).ToList());
    }

    private static ValidationException Invalid(string template, params object?[] arguments) =>
        new([new ValidationFailure(nameof(CreateSeriesCommand.Rule), Text.Say(template, arguments))]);
}
