using FluentValidation;

namespace RecordingStudio.Application.Studio.Rooms.CreateRoom;

public sealed class CreateRoomCommandValidator : AbstractValidator<CreateRoomCommand>
{
    public CreateRoomCommandValidator() => this.AddRoomFieldRules();
}
