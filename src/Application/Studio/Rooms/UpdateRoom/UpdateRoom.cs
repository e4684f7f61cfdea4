using FluentValidation;
using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Rooms.UpdateRoom;

public sealed record UpdateRoomCommand(Guid Id, string Name, decimal HourlyRate, string? Description, bool IsActive = true) : ICommand<RoomDto>;

public sealed class UpdateRoomCommandHandler(IRepository<Room> rooms) : ICommandHandler<UpdateRoomCommand, RoomDto>
{
    public async ValueTask<RoomDto> Handle(UpdateRoomCommand command, CancellationToken ct)
    {
        var room = await rooms.GetOrThrowAsync(command.Id, ct);
        room.Update(command.Name, command.HourlyRate, command.Description, command.IsActive);
        await rooms.SaveChangesAsync(ct);
        return room.Adapt<RoomDto>();
    }
}

public sealed class UpdateRoomCommandValidator : AbstractValidator<UpdateRoomCommand>
{
    public UpdateRoomCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Name).RequiredName();
        RuleFor(x => x.HourlyRate).HourlyRate();
        RuleFor(x => x.Description).OptionalText(FieldLimits.Description);
    }
}
