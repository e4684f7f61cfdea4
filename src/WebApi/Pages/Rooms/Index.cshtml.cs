using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Rooms.CreateRoom;
using RecordingStudio.Application.Studio.Rooms.GetRooms;
using RecordingStudio.Application.Studio.Rooms.UpdateRoom;

namespace RecordingStudio.WebApi.Pages.Rooms;

/// <summary>Rooms; Managers and Owners add them and take them out of (or back into) service.</summary>
public sealed class RoomsModel(ISender sender, ICurrentUser user) : StudioPageModel(sender)
{
    [BindProperty] public CreateRoomCommand NewRoom { get; set; } = Blank;

    public IReadOnlyList<RoomDto> Rooms { get; private set; } = [];
    public bool CanManage => user.Role?.Grants(Access.ManageStudioData) == true;

    private static readonly CreateRoomCommand Blank = new("", 0, null);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        ModelState.Clear();
        if (await TrySendAsync(NewRoom, nameof(NewRoom)) is { } room) return RedirectWithNotice(T["Notice.Added", room.Name]);
        await LoadAsync();
        return Page();
    }

    /// <summary>An inactive room keeps its sessions but takes no new bookings.</summary>
    public async Task<IActionResult> OnPostToggleAsync(Guid id)
    {
        ModelState.Clear();
        NewRoom = Blank;
        await LoadAsync();
        if (Rooms.FirstOrDefault(r => r.Id == id) is not { } room) return NotFound();
        if (await TrySendAsync(new UpdateRoomCommand(room.Id, room.Name, room.HourlyRate, room.Description, !room.IsActive,
            room.TurnoverMinutes, room.MinimumMinutes, room.OpensAt, room.ClosesAt, room.HalfDayRate, room.DayRate)) is { } updated)
            return RedirectWithNotice(updated.IsActive ? T["Rooms.BackInService", updated.Name] : T["Rooms.OutOfService", updated.Name]);
        return Page();
    }

    private async Task LoadAsync() => Rooms = (await Sender.Send(new GetRoomsQuery(IncludeInactive: true, PageSize: Paging.MaxPageSize), HttpContext.RequestAborted)).Items;
}
