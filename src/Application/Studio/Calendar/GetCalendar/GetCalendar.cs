using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Calendar.GetCalendar;

/// <summary>
/// What the studio's calendar shows in a window: the sessions overlapping [From, To) (from now for a week when not
/// given), optionally of one room, with room, engineer and client by name and each hold's rank, soonest first; cancelled
/// sessions and released holds only when asked.
/// </summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetCalendarQuery(DateTimeOffset? From = null, DateTimeOffset? To = null, Guid? RoomId = null, bool IncludeCancelled = false,
    int Page = 1, int PageSize = Paging.MaxPageSize) : IQuery<PagedResult<CalendarEntryDto>>;

public sealed record CalendarEntryDto(
    Guid Id,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    SessionStatus Status,
    string? Title,
    Guid RoomId,
    string Room,
    Guid? EngineerId,
    string? Engineer,
    Guid ClientId,
    string Client,
    int? HoldRank = null,
    DateTimeOffset? HoldExpiresAt = null);

public sealed class CalendarWindowSpec : Specification<Session>
{
    public CalendarWindowSpec(DateTimeOffset from, DateTimeOffset to, Guid? roomId, bool includeCancelled, int page, int pageSize)
    {
        Query.Where(s => s.EndsAt > from && s.StartsAt < to);
        if (roomId is { } room) Query.Where(s => s.RoomId == room);
        if (!includeCancelled) Query.Where(SessionStatusRules.InSchedule);
        Query.OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .AsNoTracking();
    }
}

public sealed class GetCalendarQueryHandler(IReadRepository<Session> sessions, SessionNames names, TimeProvider clock)
    : IQueryHandler<GetCalendarQuery, PagedResult<CalendarEntryDto>>
{
    public async ValueTask<PagedResult<CalendarEntryDto>> Handle(GetCalendarQuery query, CancellationToken ct)
    {
        var (from, to) = GetCalendarWindow.Of(query, clock.GetUtcNow());
        var spec = new CalendarWindowSpec(from, to, query.RoomId, query.IncludeCancelled, query.Page, query.PageSize);
        var page = await sessions.ListAsync(spec, ct);
        var total = await sessions.CountAsync(spec, ct);
        var named = await names.ForAsync(page, ct);
        var entries = page.Select(s => new CalendarEntryDto(s.Id, s.StartsAt, s.EndsAt, s.Status, s.Title,
            s.RoomId, named.Room(s.RoomId), s.EngineerId, named.Engineer(s.EngineerId), s.ClientId, named.Client(s.ClientId),
            s.HoldRank, s.HoldExpiresAt)).ToList();
        return new PagedResult<CalendarEntryDto>(entries, total, query.Page, query.PageSize);
    }
}

/// <summary>The window a calendar query asks for, a week from now when it names none.</summary>
public static class GetCalendarWindow
{
    public static readonly TimeSpan DefaultLength = TimeSpan.FromDays(7);
    public static readonly TimeSpan MaxLength = TimeSpan.FromDays(92);

    public static (DateTimeOffset From, DateTimeOffset To) Of(GetCalendarQuery query, DateTimeOffset now)
    {
        // Arithmetic kept inside DateTimeOffset's range: a caller may send year 1 or 9999.
        var from = query.From ?? (query.To is { } to && to > DateTimeOffset.MinValue + DefaultLength ? to - DefaultLength : now);
        var end = query.To ?? (from < DateTimeOffset.MaxValue - DefaultLength ? from + DefaultLength : DateTimeOffset.MaxValue);
        return (from.ToUniversalTime(), end.ToUniversalTime());
    }
}
