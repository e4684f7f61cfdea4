using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.BookingRequests.GetBookingRequests;
using RecordingStudio.Application.Studio.Calendar.GetCalendar;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Sessions.GetSession;
using RecordingStudio.Application.Studio.Sessions.RescheduleSession;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.WebApi.Pages.Calendar;

/// <summary>
/// The studio's calendar: a day with a column per room, or a week with a column per day (one room or all), sessions as
/// blocks placed on the studio's clock in half hours. Free opening hours link to the booking form for that slot; a
/// block links to its session. Everything comes from GetCalendarQuery, as the API's calendar does.
/// </summary>
public sealed class CalendarModel(ISender sender, StudioTime time, StudioNames names, SessionViews views, OverlapExplanations overlaps, TimeProvider clock)
    : StudioPageModel(sender)
{
    public const int SlotMinutes = 30;
    public const int Slots = 24 * 60 / SlotMinutes;
    /// <summary>Blocks side by side in one column at most (overlapping sessions of different rooms in the week view).</summary>
    public const int MaxLanes = 6;

    [BindProperty(SupportsGet = true)] public DateOnly? Day { get; set; }
    [BindProperty(SupportsGet = true)] public string? View { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Room { get; set; }
    /// <summary>Show cancelled sessions and released holds too (struck through).</summary>
    [BindProperty(SupportsGet = true)] public bool Cancelled { get; set; }

    public bool IsWeek => View == "week";
    public DateOnly Shown { get; private set; }
    public DateOnly Today { get; private set; }
    public string TimeZone { get; private set; } = "";
    /// <summary>The studio's opening half hour, where the grid opens.</summary>
    public int OpenFrom { get; private set; }
    public IReadOnlyList<RoomDto> Rooms { get; private set; } = [];
    public IReadOnlyList<CalendarColumn> Columns { get; private set; } = [];
    public int PendingRequests { get; private set; }
    /// <summary>The clients' pending requests shown on the grid (dashed blocks that link to the Requests page).</summary>
    public HashSet<Guid> Requests { get; } = [];
    private (SessionDto Session, DateTimeOffset Start, DateTimeOffset End, Guid RoomId)? _moving;

    public DateOnly Previous => Shown.AddDays(IsWeek ? -7 : -1);
    public DateOnly Next => Shown.AddDays(IsWeek ? 7 : 1);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var calendar = await time.CalendarAsync(ct);
        var settings = await time.SettingsAsync(ct);
        TimeZone = settings.TimeZone;
        OpenFrom = SlotOf(settings.OpensAt);
        Today = calendar.DateOf(clock.GetUtcNow());
        var day = Day is { } asked && BookingHorizon.Contains(asked, Today) ? asked : Today;
        Shown = IsWeek ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : day;
        var allRooms = await names.AllRoomsAsync(ct);
        if (Room is { } room && allRooms.All(r => r.Id != room)) Room = null;

        var days = Enumerable.Range(0, IsWeek ? 7 : 1).Select(Shown.AddDays).ToList();
        var (from, to) = (calendar.StartOf(days[0]), calendar.StartOf(days[^1].AddDays(1)));
        var window = await WindowAsync(from, to, ct);
        var requests = await RequestsAsync(from, to, ct);
        // Rooms out of service still show the sessions they hold (and can be chosen), not an empty grid.
        Rooms = allRooms.Where(r => r.IsActive || r.Id == Room || window.Any(e => e.RoomId == r.Id)).ToList();
        var studioHours = new RoomRules(0, 0, settings.OpensAt, settings.ClosesAt);
        var now = clock.GetUtcNow();
        var chosen = Rooms.FirstOrDefault(r => r.Id == Room);
        // A request for any room shows in every room's column: the studio sees where it would fit.
        IEnumerable<CalendarEntryDto> RequestsFor(Guid? roomId) => requests.Where(r => roomId is null || r.RoomId == roomId || r.RoomId == Guid.Empty);
        Columns = IsWeek
            ? days.Select(d => Column(d.ToString("ddd d MMM"), d, Room,
                window.Concat(RequestsFor(Room)), HoursOf(chosen, studioHours, d, calendar), chosen is null || chosen.IsActive, calendar, now, Requests)).ToList()
            : Rooms.Where(r => Room is null || r.Id == Room).Select(r => Column(r.Name + (r.IsActive ? "" : " (out of service)"), day, r.Id,
                window.Where(e => e.RoomId == r.Id).Concat(RequestsFor(r.Id)), HoursOf(r, studioHours, day, calendar), r.IsActive, calendar, now, Requests)).ToList();
    }

    /// <summary>
    /// The pending requests for a time in the window, as calendar entries (room Guid.Empty: any room). The count of all
    /// pending ones is shown above the grid.
    /// </summary>
    private async Task<List<CalendarEntryDto>> RequestsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var pending = await Sender.Send(new GetBookingRequestsQuery(PageSize: Paging.MaxPageSize), ct);
        PendingRequests = pending.TotalCount;
        var shown = pending.Items.Where(r => r.StartsAt < to && r.EndsAt > from).ToList();
        Requests.UnionWith(shown.Select(r => r.Id));
        return shown.Select(r => new CalendarEntryDto(r.Id, r.StartsAt, r.EndsAt, SessionStatus.Tentative, "Request", r.RoomId ?? Guid.Empty,
            r.Room ?? "any room", r.EngineerId, r.Engineer, r.ClientId, r.Client)).ToList();
    }

    /// <summary>
    /// A block dropped on another time (and room, in the day view): the session keeps its length and is moved by the same
    /// command as on its own page; a refusal is explained on the calendar, with the free slots of that day.
    /// </summary>
    public async Task<IActionResult> OnPostMoveAsync(Guid id, DateOnly? date, TimeOnly? startsAt, Guid? roomId)
    {
        var unreadable = !ModelState.IsValid; // a day or time that is not one (the form is filled by the page's script)
        ModelState.Clear();
        var ct = HttpContext.RequestAborted;
        var calendar = await time.CalendarAsync(ct);
        if (await FindAsync(new GetSessionQuery(id)) is not { } session) return NotFound();
        if (unreadable || date is null || startsAt is null)
            ModelState.AddModelError("", T["Calendar.SayWhen"]);
        else if (!BookingHorizon.Contains(date.Value, calendar.DateOf(clock.GetUtcNow())))
            ModelState.AddModelError("", Text.Say(BookingHorizon.Explanation));
        else
        {
            var start = calendar.ToUtc(date.Value.ToDateTime(startsAt.Value));
            var end = start + (session.EndsAt - session.StartsAt);
            _moving = (session, start, end, roomId ?? session.RoomId);
            if (await TrySendAsync(new RescheduleSessionCommand(id, start, end, roomId)) is { } moved)
                return RedirectWithNotice(T["Sessions.MovedNotice", Named(await views.ViewAsync(moved, ct))],
                    new { view = View, day = Day?.ToString("yyyy-MM-dd"), room = Room, cancelled = Cancelled ? "true" : null });
        }
        await OnGetAsync();
        return Page();
    }

    /// <summary>A taken slot: by whom, and what is still free that day, as the session's page says it.</summary>
    protected override async Task<string> ExplainAsync(Exception refusal) =>
        refusal.IsOverlap() && refusal is ConflictException overlap && _moving is var (session, start, end, room)
            ? await overlaps.ExplainAsync(overlap, room, session.EngineerId, start, end, HttpContext.RequestAborted)
            : refusal.Sentence();

    /// <summary>Every session of the window, a page of the API's size at a time (a busy week holds more than one page).</summary>
    private async Task<List<CalendarEntryDto>> WindowAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var entries = new List<CalendarEntryDto>();
        for (var page = 1; ; page++)
        {
            var chunk = await Sender.Send(new GetCalendarQuery(from, to, Room, Cancelled, page, Paging.MaxPageSize), ct);
            entries.AddRange(chunk.Items);
            if (chunk.Items.Count < chunk.PageSize || entries.Count >= chunk.TotalCount) return entries;
        }
    }

    /// <summary>The half hours a room may be booked in: its own hours, else the studio's (a closing at or before the opening is past midnight).</summary>
    private static bool[] HoursOf(RoomDto? room, RoomRules studio, DateOnly day, StudioCalendar calendar)
    {
        // The same rule a booking meets (RoomRules.IsOpenFor), asked for each half hour of the day.
        var hours = room is { OpensAt: { } opens, ClosesAt: { } closes } ? new RoomRules(0, 0, opens, closes) : studio;
        return Enumerable.Range(0, Slots).Select(slot =>
        {
            var from = TimeOnly.MinValue.AddMinutes(slot * SlotMinutes);
            var (start, end) = calendar.Instants(day, from, from.AddMinutes(SlotMinutes));
            return end > start && hours.IsOpenFor(new TimeSlot(start, end), calendar); // a half hour the clocks skip is not bookable
        }).ToArray();
    }

    /// <summary>The link to this view for another day (or week), keeping the view and the room.</summary>
    public string Link(DateOnly day, string? view = null) =>
        $"/calendar?view={view ?? (IsWeek ? "week" : "day")}&day={day:yyyy-MM-dd}" + (Room is { } room ? $"&room={room}" : "") + (Cancelled ? "&cancelled=true" : "");

    public static string Clock(int slot) => $"{slot * SlotMinutes / 60:00}:{slot * SlotMinutes % 60:00}";

    private static int SlotOf(TimeOnly at) => (at.Hour * 60 + at.Minute) / SlotMinutes;

    private static CalendarColumn Column(string heading, DateOnly day, Guid? roomId, IEnumerable<CalendarEntryDto> entries,
        bool[] open, bool bookable, StudioCalendar calendar, DateTimeOffset now, IReadOnlySet<Guid> requests)
    {
        var (start, end) = (calendar.StartOf(day), calendar.StartOf(day.AddDays(1)));
        // Positions are the studio's clock, not elapsed time: on a daylight-saving day 02:00-03:00 is simply skipped or shared.
        int Position(DateTimeOffset instant, bool roundUp)
        {
            if (instant <= start) return 0;
            if (instant >= end) return Slots;
            var local = calendar.ToLocal(instant);
            var minutes = local.Hour * 60 + local.Minute;
            return roundUp ? (minutes + SlotMinutes - 1) / SlotMinutes : minutes / SlotMinutes;
        }
        var laneEnds = new List<int>();
        var blocks = new List<CalendarBlock>();
        foreach (var entry in entries.Where(e => e.StartsAt < end && e.EndsAt > start).OrderBy(e => e.StartsAt))
        {
            var from = Math.Min(Position(entry.StartsAt, roundUp: false), Slots - 1);
            var to = Math.Max(from + 1, Position(entry.EndsAt, roundUp: true));
            var lane = laneEnds.FindIndex(laneEnd => laneEnd <= from);
            if (lane < 0) { lane = Math.Min(laneEnds.Count, MaxLanes - 1); if (lane == laneEnds.Count) laneEnds.Add(0); }
            laneEnds[lane] = to;
            var isRequest = requests.Contains(entry.Id);
            blocks.Add(new CalendarBlock(entry, from, to - from, lane, StudioTime.When(entry.StartsAt, entry.EndsAt, calendar),
                entry.Status.IsOpen() && !isRequest, isRequest));
        }
        int? nowSlot = now >= start && now < end ? Position(now, roundUp: false) : null;
        // Links only where a booking could go: open, and nothing there yet (a link under a block would be unseen but focusable).
        var taken = new bool[Slots];
        // A request's hours get no booking link either: the request's block is where to answer it.
        foreach (var block in blocks.Where(b => b.Entry.Status.BlocksSchedule() || b.IsRequest)) for (var slot = block.From; slot < block.From + block.Span && slot < Slots; slot++) taken[slot] = true;
        var free = bookable
            ? Enumerable.Range(0, Slots / 2).Select(hour => hour * 2).Where(slot => open[slot] && open[slot + 1] && !taken[slot] && !taken[slot + 1]).ToList()
            : [];
        var closed = new List<(int From, int Span)>();
        for (var slot = 0; slot < Slots; slot++)
            if (!open[slot]) { if (closed.Count > 0 && closed[^1].From + closed[^1].Span == slot) closed[^1] = (closed[^1].From, closed[^1].Span + 1); else closed.Add((slot, 1)); }
        return new CalendarColumn(heading, day, roomId, blocks, Math.Max(1, laneEnds.Count), nowSlot, free, closed);
    }
}

public sealed record CalendarColumn(string Heading, DateOnly Day, Guid? RoomId, IReadOnlyList<CalendarBlock> Blocks, int Lanes, int? NowSlot,
    IReadOnlyList<int> FreeSlots, IReadOnlyList<(int From, int Span)> Closed);

/// <param name="Movable">An open session (booked, pencilled in, held) can be dragged to another time.</param>
/// <param name="IsRequest">A client's pending request, not a session: it links to the Requests page and holds nothing.</param>
public sealed record CalendarBlock(CalendarEntryDto Entry, int From, int Span, int Lane, string When, bool Movable, bool IsRequest = false);
