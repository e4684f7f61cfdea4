using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Studio;
using RecordingStudio.Application.Studio.BookingRequests;
using RecordingStudio.Application.Studio.BookingRequests.AcceptBookingRequest;
using RecordingStudio.Application.Studio.BookingRequests.DeclineBookingRequest;
using RecordingStudio.Application.Studio.BookingRequests.GetBookingRequests;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.WebApi.Pages.Requests;

/// <summary>The clients' booking requests waiting for an answer: accept one (it is booked like any session) or decline it with a message.</summary>
public sealed class RequestsModel(ISender sender, StudioTime time, StudioNames names, OverlapExplanations overlaps) : StudioPageModel(sender)
{
    public IReadOnlyList<BookingRequestDto> Pending { get; private set; } = [];
    public IReadOnlyList<RoomDto> Rooms { get; private set; } = [];
    private StudioCalendar _calendar = null!;
    private (BookingRequestDto Request, Guid? RoomId)? _accepting;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, Guid? roomId)
    {
        ModelState.Clear();
        await LoadAsync();
        _accepting = Pending.FirstOrDefault(r => r.Id == id) is { } request ? (request, roomId) : null;
        if (await TrySendAsync(new AcceptBookingRequestCommand(id, roomId)) is { } accepted)
            return RedirectWithNotice(T["Requests.Accepted", accepted.Client, When(accepted), accepted.Room ?? ""]);
        return Page();
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, string? message)
    {
        ModelState.Clear();
        if (await TrySendAsync(new DeclineBookingRequestCommand(id, message)) is { } declined)
            return RedirectWithNotice(T["Requests.Declined", declined.Client, When(declined)]);
        await LoadAsync();
        return Page();
    }

    /// <summary>A slot already taken: say by whom, and what is still free that day in that room.</summary>
    protected override async Task<string> ExplainAsync(Exception refusal) =>
        refusal.IsOverlap() && refusal is ConflictException overlap && _accepting is var (request, chosen) && (chosen ?? request.RoomId) is { } room
            ? await overlaps.ExplainAsync(overlap, room, request.EngineerId, request.StartsAt, request.EndsAt, HttpContext.RequestAborted)
            : refusal.Sentence();

    public string When(BookingRequestDto request) => StudioTime.When(request.StartsAt, request.EndsAt, _calendar);

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        _calendar = await time.CalendarAsync(ct);
        Pending = (await Sender.Send(new GetBookingRequestsQuery(PageSize: 200), ct)).Items;
        Rooms = await names.RoomsAsync(ct);
    }
}
