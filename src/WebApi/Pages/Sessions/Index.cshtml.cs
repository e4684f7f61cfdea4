using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Sessions.CancelSession;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Application.Studio.Sessions.GetSessions;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Application.Studio;
using RecordingStudio.Application.Studio.Sessions;

namespace RecordingStudio.WebApi.Pages.Sessions;

/// <summary>A week of sessions (optionally one room's), a booking form in studio time and cancellation: the API's commands.</summary>
public sealed class SessionsModel(ISender sender, StudioTime time, StudioNames names, SessionViews views, OverlapExplanations overlaps, TimeProvider clock)
    : StudioPageModel(sender)
{
    [BindProperty] public BookingForm Booking { get; set; } = new();
    /// <summary>The first day of the week shown (studio calendar); today when not given.</summary>
    [BindProperty(SupportsGet = true)] public DateOnly? Week { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Room { get; set; }

    public DateOnly FirstDay { get; private set; }

    public int TotalCount { get; private set; }
    public IReadOnlyList<SessionView> Rows { get; private set; } = [];
    public IReadOnlyList<ClientDto> Clients { get; private set; } = [];
    public IReadOnlyList<RoomDto> Rooms { get; private set; } = [];
    public IReadOnlyList<EngineerDto> Engineers { get; private set; } = [];
    public string TimeZone { get; private set; } = "";
    /// <summary>After a refusal for a taken slot: free slots of the same length that day, each bookable with one click.</summary>
    public IReadOnlyList<(BookingForm Form, string When)> Alternatives { get; private set; } = [];

    /// <summary>The page; <paramref name="day"/>, <paramref name="start"/> and the room fill the booking form (an empty slot clicked on the calendar).</summary>
    public async Task OnGetAsync(DateOnly? day, TimeOnly? start)
    {
        Booking = await BlankBookingAsync();
        if (day is { } chosen) Booking.Date = chosen;
        if (start is { } from) (Booking.StartsAt, Booking.EndsAt) = (from, from.AddHours(2));
        if (day is not null && Room is { } room) Booking.RoomId = room;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostBookAsync()
    {
        ModelState.Clear();
        var calendar = await time.CalendarAsync(HttpContext.RequestAborted);
        if (Booking.DayRefusal(calendar.DateOf(clock.GetUtcNow())) is var (field, message))
        {
            ModelState.AddModelError($"Booking.{field}", message);
            await LoadAsync();
            return Page();
        }
        var (start, end) = Booking.Instants(calendar);
        var command = new CreateSessionCommand(Booking.ClientId ?? Guid.Empty, Booking.RoomId ?? Guid.Empty, Booking.EngineerId, start, end,
            string.IsNullOrWhiteSpace(Booking.Title) ? null : Booking.Title, Hold: Booking.Hold);
        if (await TrySendAsync(command, nameof(Booking)) is { } session) // then show the week the booking is in
            {
            var named = Named(await views.ViewAsync(session, HttpContext.RequestAborted));
            return RedirectWithNotice(session.HoldRank is { } rank ? T["Sessions.OnHoldNotice", HoldName(rank), named] : T["Sessions.BookedNotice", named],
                new { week = Booking.Date.ToString("yyyy-MM-dd") });
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        ModelState.Clear();
        Booking = await BlankBookingAsync();
        if (await TrySendAsync(new CancelSessionCommand(id)) is { } session)
            return RedirectWithNotice(T["Sessions.CancelledNotice", Named(await views.ViewAsync(session, HttpContext.RequestAborted))]);
        await LoadAsync();
        return Page();
    }

    /// <summary>A room or engineer already taken: say by whom, and which slots of the same length are still free that day.</summary>
    protected override async Task<string> ExplainAsync(Exception refusal)
    {
        if (!refusal.IsOverlap() || refusal is not ConflictException overlap || Booking.RoomId is not { } room) return refusal.Sentence();
        var ct = HttpContext.RequestAborted;
        var calendar = await time.CalendarAsync(ct);
        var (start, end) = Booking.Instants(calendar);
        Alternatives = (await overlaps.FreeSlotsAsync(room, Booking.EngineerId, start, end, ct)).Select(slot =>
        {
            var at = StudioSlotForm.From(slot.StartsAt, slot.EndsAt, calendar);
            var form = new BookingForm
            {
                ClientId = Booking.ClientId, RoomId = room, EngineerId = Booking.EngineerId, Title = Booking.Title, Hold = Booking.Hold,
                Date = at.Date, StartsAt = at.StartsAt, EndsAt = at.EndsAt, EndDate = at.EndDate,
            };
            return (form, StudioTime.When(slot.StartsAt, slot.EndsAt, calendar));
        }).ToList();
        return await overlaps.ExplainAsync(overlap, room, Booking.EngineerId, start, end, ct);
    }

    /// <summary>The form's start: tomorrow on the studio's calendar, 10:00-14:00.</summary>
    private async Task<BookingForm> BlankBookingAsync() =>
        new() { Date = (await time.CalendarAsync(HttpContext.RequestAborted)).DateOf(clock.GetUtcNow()).AddDays(1) };

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var calendar = await time.CalendarAsync(ct);
        TimeZone = (await time.SettingsAsync(ct)).TimeZone;
        var today = calendar.DateOf(clock.GetUtcNow());
        FirstDay = Week is { } week && BookingHorizon.Contains(week, today) ? week : today;
        var page = await Sender.Send(new GetSessionsQuery(From: calendar.StartOf(FirstDay), To: calendar.StartOf(FirstDay.AddDays(7)),
            RoomId: Room, PageSize: Paging.MaxPageSize), ct);
        (TotalCount, Rows) = (page.TotalCount, await views.ViewAsync(page.Items, ct));
        Clients = (await Sender.Send(new GetAllClientsQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        Rooms = (await names.RoomsAsync(ct)).Where(r => r.IsActive).ToList();
        Engineers = (await names.EngineersAsync(ct)).Where(e => e.IsActive).ToList();
    }

    /// <summary>What the booking form posts: a client and a title besides the slot.</summary>
    public sealed class BookingForm : StudioSlotForm
    {
        public Guid? ClientId { get; set; }
        public string? Title { get; set; }
        /// <summary>Place a hold (queued behind other holds of the slot) instead of booking.</summary>
        public bool Hold { get; set; }
    }
}
