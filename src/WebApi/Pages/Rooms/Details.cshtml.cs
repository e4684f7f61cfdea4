using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Rooms.GetRoom;
using RecordingStudio.Application.Studio.Rooms.UpdateRoom;

namespace RecordingStudio.WebApi.Pages.Rooms;

/// <summary>A room's details, edited by Managers and Owners (UpdateRoomCommand checks the role).</summary>
public sealed class RoomModel(ISender sender) : StudioPageModel(sender)
{
    [BindProperty] public UpdateRoomCommand Details { get; set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindRoomAsync(id) is not { } room) return NotFound();
        Details = new UpdateRoomCommand(room.Id, room.Name, room.HourlyRate, room.Description, room.IsActive,
            room.TurnoverMinutes, room.MinimumMinutes, room.OpensAt, room.ClosesAt, room.HalfDayRate, room.DayRate);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        ModelState.Clear();
        if (await FindRoomAsync(id) is null) return NotFound();
        if (await TrySendAsync(Details with { Id = id }, nameof(Details)) is { } saved) return RedirectWithNotice(T["Notice.Saved", saved.Name], new { id });
        return Page();
    }

    private Task<RoomDto?> FindRoomAsync(Guid id) => FindAsync(new GetRoomQuery(id));
}
