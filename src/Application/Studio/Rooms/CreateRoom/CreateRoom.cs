using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Plans;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Rooms.CreateRoom;

[RequiresAccess(Access.ManageStudioData)]
public sealed record CreateRoomCommand(string Name, decimal HourlyRate, [property: FreeText] string? Description,
    int TurnoverMinutes = 0, int MinimumMinutes = 0, TimeOnly? OpensAt = null, TimeOnly? ClosesAt = null,
    decimal? HalfDayRate = null, decimal? DayRate = null) : ICommand<RoomDto>, IRoomFields;

public sealed class CreateRoomCommandHandler(IRepository<Room> rooms, PlanAllowance plan, PlanUsage usage) : ICommandHandler<CreateRoomCommand, RoomDto>
{
    public async ValueTask<RoomDto> Handle(CreateRoomCommand command, CancellationToken ct)
    {
        var room = new Room(command.Name, command.HourlyRate, command.Description,
            new RoomRules(command.TurnoverMinutes, command.MinimumMinutes, command.OpensAt, command.ClosesAt));
        room.SetBlockRates(command.HalfDayRate, command.DayRate);
        // A room takes bookings from the start: it counts against the plan.
        return await plan.WithinAsync(PlanAllowance.Counted.Rooms, () => usage.RoomsAsync(ct), async () =>
        {
            rooms.Add(room);
            await rooms.SaveChangesAsync(ct);
            return room.Adapt<RoomDto>();
        }, ct);
    }
}
