using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Sessions.CancelSession;
using RecordingStudio.Application.Studio.Sessions.ChallengeHold;
using RecordingStudio.Application.Studio.Sessions.ConfirmSession;
using RecordingStudio.Application.Studio.Sessions.ReleaseHold;
using RecordingStudio.Application.Studio.Sessions.CompleteSession;
using RecordingStudio.Application.Studio.Sessions.GetCancellationTerms;
using RecordingStudio.Application.Studio.Sessions.GetSession;
using RecordingStudio.Application.Studio.Sessions.RecordDeposit;
using RecordingStudio.Application.Studio.Sessions.RescheduleSession;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Application.Studio;

namespace RecordingStudio.WebApi.Pages.Sessions;

/// <summary>One session: move it (day, times, room, engineer on the studio's clock), cancel it, or mark it done.</summary>
public sealed class SessionModel(ISender sender, StudioTime time, StudioNames names, SessionViews views, OverlapExplanations overlaps, TimeProvider clock)
    : StudioPageModel(sender)
{
    [BindProperty] public StudioSlotForm Move { get; set; } = new();

    public SessionDto Session { get; private set; } = null!;
    public SessionView View { get; private set; } = null!;
    public IReadOnlyList<RoomDto> Rooms { get; private set; } = [];
    public IReadOnlyList<EngineerDto> Engineers { get; private set; } = [];
    public string TimeZone { get; private set; } = "";
    /// <summary>What cancelling now would cost the client, said in the cancel button's confirmation.</summary>
    public CancellationTerms? Terms { get; private set; }
    public DateOnly Today { get; private set; }
    public bool CanTakeMoney => User.IsInRole(nameof(Domain.Accounts.AccountRole.Owner)) || User.IsInRole(nameof(Domain.Accounts.AccountRole.Manager));

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await TryLoadAsync(id)) return NotFound();
        Move = await CurrentSlotAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id)
    {
        ModelState.Clear();
        if (!await TryLoadAsync(id)) return NotFound(); // the explanation of a refusal needs the session as it was
        var calendar = await time.CalendarAsync(HttpContext.RequestAborted);
        if (Move.DayRefusal(calendar.DateOf(clock.GetUtcNow())) is var (field, message))
        {
            ModelState.AddModelError($"Move.{field}", message);
            return Page();
        }
        var (start, end) = Move.Instants(calendar);
        if (await TrySendAsync(new RescheduleSessionCommand(id, start, end, Move.RoomId, Move.EngineerId), nameof(Move)) is { } moved)
            return RedirectWithNotice(T["Sessions.MovedNotice", Named(await views.ViewAsync(moved, HttpContext.RequestAborted))], new { id });
        return Page();
    }

    public Task<IActionResult> OnPostCancelAsync(Guid id) => ChangeAsync(id, new CancelSessionCommand(id), named => T["Sessions.CancelledNotice", named]);

    public Task<IActionResult> OnPostCompleteAsync(Guid id) => ChangeAsync(id, new CompleteSessionCommand(id), named => T["Sessions.CompletedNotice", named]);

    public async Task<IActionResult> OnPostConfirmAsync(Guid id)
    {
        // A booking in the way is explained with the session's own slot, as for a move to it.
        if (!await TryLoadAsync(id)) return NotFound();
        Move = await CurrentSlotAsync();
        return await ChangeAsync(id, new ConfirmSessionCommand(id), named => T["Sessions.ConfirmedNotice", named]);
    }

    public async Task<IActionResult> OnPostDepositAsync(Guid id, decimal? amount, PaymentMethod method, DateOnly? paidOn, string? reference)
    {
        if (!await TryLoadAsync(id)) return NotFound();
        return await ChangeAsync(id, new RecordDepositCommand(id, amount ?? 0, method, paidOn ?? Today, reference), named => T["Sessions.DepositNotice", named]);
    }

    public Task<IActionResult> OnPostReleaseAsync(Guid id) => ChangeAsync(id, new ReleaseHoldCommand(id), named => T["Sessions.ReleasedNotice", named]);

    public Task<IActionResult> OnPostChallengeAsync(Guid id, int hours) => ChangeAsync(id, new ChallengeHoldCommand(id, hours), named => T["Sessions.ChallengedNotice", named]);

    /// <summary>A room or engineer already taken at the new time: say by whom, and what is still free that day.</summary>
    protected override async Task<string> ExplainAsync(Exception refusal)
    {
        if (!refusal.IsOverlap() || refusal is not ConflictException overlap) return refusal.Sentence();
        var (start, end) = Move.Instants(await time.CalendarAsync(HttpContext.RequestAborted));
        return await overlaps.ExplainAsync(overlap, Move.RoomId ?? Session.RoomId, Move.EngineerId ?? Session.EngineerId,
            start, end, HttpContext.RequestAborted);
    }

    /// <param name="notice">What is said once it is done, of the session as named ("Cancelled: {0}.").</param>
    private async Task<IActionResult> ChangeAsync(Guid id, ICommand<SessionDto> command, Func<string, string> notice)
    {
        ModelState.Clear();
        if (await TrySendAsync(command) is { } changed)
            return RedirectWithNotice(notice(Named(await views.ViewAsync(changed, HttpContext.RequestAborted))), new { id });
        if (!await TryLoadAsync(id)) return NotFound();
        Move = await CurrentSlotAsync();
        return Page();
    }

    private async Task<StudioSlotForm> CurrentSlotAsync()
    {
        var calendar = await time.CalendarAsync(HttpContext.RequestAborted);
        var form = StudioSlotForm.From(Session.StartsAt, Session.EndsAt, calendar);
        form.RoomId = Session.RoomId;
        form.EngineerId = Session.EngineerId;
        return form;
    }

    private async Task<bool> TryLoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await FindAsync(new GetSessionQuery(id)) is not { } found) return false;
        Session = found;
        View = await views.ViewAsync(Session, ct);
        TimeZone = (await time.SettingsAsync(ct)).TimeZone;
        Rooms = (await names.AllRoomsAsync(ct)).Where(r => r.IsActive || r.Id == Session.RoomId).ToList();
        Engineers = (await names.AllEngineersAsync(ct)).Where(e => e.IsActive || e.Id == Session.EngineerId).ToList();
        Terms = Session.Status.IsOpen() ? await Sender.Send(new GetCancellationTermsQuery(id), ct) : null;
        Today = (await time.CalendarAsync(ct)).DateOf(clock.GetUtcNow());
        return true;
    }

    public bool IsOpen => Session.Status.IsOpen();

    /// <summary>"Tue 1 Dec 11:00" on the studio's clock.</summary>
    public string When(DateTimeOffset instant) => new StudioCalendar(TimeZone).ToLocal(instant).ToString("ddd d MMM HH:mm");
}
