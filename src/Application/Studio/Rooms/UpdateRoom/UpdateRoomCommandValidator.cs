using FluentValidation;

namespace RecordingStudio.Application.Studio.Rooms.UpdateRoom;

public sealed class UpdateRoomCommandValidator : AbstractValidator<UpdateRoomCommand>
{
    public UpdateRoomCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        this.AddRoomFieldRules();
    }
}
