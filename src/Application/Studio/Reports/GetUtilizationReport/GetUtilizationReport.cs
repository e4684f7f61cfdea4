using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Reports.GetUtilizationReport;

public enum ReportPeriodKind
{
    Month,
    Week,
}

/// <summary>
/// How full the rooms were from <see cref="From"/> to <see cref="To"/> (studio dates; this month unless given), by
/// month or ISO week: booked hours over open hours (the room's own opening hours, else the studio's, every day), and
/// the hours each engineer was booked. Holds, cancelled and released sessions do not count; a session counts in the
/// period it starts in, up to the end of the report.
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record GetUtilizationReportQuery(DateOnly? From = null, DateOnly? To = null, ReportPeriodKind Period = ReportPeriodKind.Month)
    : IQuery<UtilizationReportDto>;

/// <summary>A room in a period: <see cref="UtilizationPercent"/> is booked over open hours, in percent (25.0: a quarter).</summary>
public sealed record RoomUtilizationDto(string Period, Guid RoomId, string Room, decimal BookedHours, decimal OpenHours, decimal UtilizationPercent);

public sealed record EngineerHoursDto(string Period, Guid EngineerId, string Engineer, decimal Hours);

public sealed record UtilizationReportDto(DateOnly From, DateOnly To, ReportPeriodKind Period, IReadOnlyList<RoomUtilizationDto> Rooms,
    IReadOnlyList<EngineerHoursDto> Engineers);

/// <summary>The booked sessions starting in the window: their room, engineer and times only.</summary>
public sealed class BookedTimesSpec : Specification<Session, BookedTime>
{
    public BookedTimesSpec(DateTimeOffset from, DateTimeOffset to)
    {
        Query.Where(SessionStatusRules.InSchedule).Where(s => s.Status != SessionStatus.Hold && s.StartsAt >= from && s.StartsAt < to).AsNoTracking();
        Query.Select(s => new BookedTime(s.RoomId, s.EngineerId, s.StartsAt, s.EndsAt));
    }
}

public sealed record BookedTime(Guid RoomId, Guid? EngineerId, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

public sealed class GetUtilizationReportQueryHandler(
    IReadRepository<Session> sessions, IReadRepository<Room> rooms, IReadRepository<StudioSettings> settings, InvoiceViews views, SessionNames names)
    : IQueryHandler<GetUtilizationReportQuery, UtilizationReportDto>
{
    public async ValueTask<UtilizationReportDto> Handle(GetUtilizationReportQuery query, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        var calendar = studio.Calendar;
        var today = await views.TodayAsync(ct);
        var from = query.From ?? new DateOnly(today.Year, today.Month, 1);
        var to = query.To ?? from.AddMonths(1).AddDays(-1);
        Func<DateOnly, string> periodOf = query.Period == ReportPeriodKind.Week ? ReportPeriod.WeekOf : ReportPeriod.MonthOf;

        var (windowStart, windowEnd) = (calendar.Day(from).Start, calendar.Day(to).End);
        // Only the hours inside the window count: a session running past its end is cut there.
        var booked = (await sessions.ListAsync(new BookedTimesSpec(windowStart, windowEnd), ct))
            .Select(b => b with { EndsAt = b.EndsAt < windowEnd ? b.EndsAt : windowEnd }).ToList();
        var named = await names.ForAsync([], ct);
        var allRooms = await rooms.ListAsync(new RoomsByNameSpec(includeInactive: true), ct);
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();

        var bookedHours = booked.GroupBy(b => (b.RoomId, Period: periodOf(calendar.DateOf(b.StartsAt)))).ToDictionary(g => g.Key, Hours);
        var roomRows = allRooms.Where(r => r.IsActive || bookedHours.Keys.Any(k => k.RoomId == r.Id))
            .SelectMany(room => days.GroupBy(periodOf).Select(period =>
            {
                var open = period.Count() * OpenHoursPerDay(room.OpensAt ?? studio.OpensAt, room.ClosesAt ?? studio.ClosesAt);
                var hours = bookedHours.GetValueOrDefault((room.Id, period.Key));
                return new RoomUtilizationDto(period.Key, room.Id, room.Name, hours, open, open == 0 ? 0 : Math.Round(hours / open * 100m, 1));
            }))
            .OrderBy(r => r.Period).ThenBy(r => r.Room).ToList();
        var engineerRows = booked.Where(b => b.EngineerId is not null)
            .GroupBy(b => (Period: periodOf(calendar.DateOf(b.StartsAt)), Engineer: b.EngineerId!.Value))
            .Select(g => new EngineerHoursDto(g.Key.Period, g.Key.Engineer, named.Engineer(g.Key.Engineer) ?? "?", Hours(g)))
            .OrderBy(e => e.Period).ThenBy(e => e.Engineer).ToList();
        return new UtilizationReportDto(from, to, query.Period, roomRows, engineerRows);
    }

    private static decimal Hours(IEnumerable<BookedTime> times) => times.Sum(t => (decimal)(t.EndsAt - t.StartsAt).TotalMinutes) / 60m;

    /// <summary>Hours open a day; an opening past midnight (22:00–04:00) is open 6 hours.</summary>
    private static decimal OpenHoursPerDay(TimeOnly opens, TimeOnly closes) =>
        (decimal)(closes > opens ? closes - opens : TimeSpan.FromHours(24) - (opens - closes)).TotalMinutes / 60m;
}
