using Mediator;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Rooms.GetRooms;

namespace RecordingStudio.WebApi.Pages;

public sealed class RoomsModel(ISender sender) : StudioPageModel(sender)
{
    public IReadOnlyList<RoomDto> Rooms { get; private set; } = [];

    public async Task OnGetAsync() => Rooms = await Sender.Send(new GetRoomsQuery(IncludeInactive: true), HttpContext.RequestAborted);
}
