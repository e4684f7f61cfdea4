using Ardalis.Specification;
using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Plans;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Rooms.UpdateRoom;

/// <summary>Replaces a room's details and booking rules (rules left out are none: no turnover, no minimum, any hour).</summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record UpdateRoomCommand(Guid Id, string Name, decimal HourlyRate, [property: FreeText] string? Description, bool IsActive = true,
    int TurnoverMinutes = 0, int MinimumMinutes = 0, TimeOnly? OpensAt = null, TimeOnly? ClosesAt = null,
    decimal? HalfDayRate = null, decimal? DayRate = null) : ICommand<RoomDto>, IRoomFields;

public sealed class UpdateRoomCommandHandler(IRepository<Room> rooms, IRepository<Session> sessions, PlanAllowance plan, PlanUsage usage, TimeProvider clock)
    : ICommandHandler<UpdateRoomCommand, RoomDto>
{
    public async ValueTask<RoomDto> Handle(UpdateRoomCommand command, CancellationToken ct)
    {
        var room = await rooms.GetOrThrowAsync(command.Id, ct);
        // Back in service, a room counts against the plan again.
        if (!room.IsActive && command.IsActive)
            return await plan.WithinAsync(PlanAllowance.Counted.Rooms, () => usage.RoomsAsync(ct),
                () => UpdateAsync(room, command, ct), ct);
        return await UpdateAsync(room, command, ct);
    }

    private async Task<RoomDto> UpdateAsync(Room room, UpdateRoomCommand command, CancellationToken ct)
    {
        var before = room.Rules.Turnover;
        room.Update(command.Name, command.HourlyRate, command.Description, command.IsActive,
            new RoomRules(command.TurnoverMinutes, command.MinimumMinutes, command.OpensAt, command.ClosesAt));
        room.SetBlockRates(command.HalfDayRate, command.DayRate);
        // A shorter turnover frees the time after the sessions still to come at once (a longer one cannot be imposed on
        // them: it might run into the next; bookings from now on respect it, against those sessions too).
        if (room.Rules.Turnover < before)
            foreach (var session in await sessions.ListAsync(new RoomSessionsNotEndedSpec(room.Id, clock.GetUtcNow()), ct))
                session.HoldRoomFor(room.Rules.Turnover);
        await rooms.SaveChangesAsync(ct);
        return room.Adapt<RoomDto>();
    }
}

public sealed class RoomSessionsNotEndedSpec : Specification<Session>
{
    public RoomSessionsNotEndedSpec(Guid roomId, DateTimeOffset now) =>
        Query.Where(s => s.RoomId == roomId && s.RoomHeldUntil > now).Where(SessionStatusRules.InSchedule);
}
