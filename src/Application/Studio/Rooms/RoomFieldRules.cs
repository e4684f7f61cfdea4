using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Studio.Rooms;

/// <summary>The fields a room is created and updated with.</summary>
public interface IRoomFields
{
    string Name { get; }
    decimal HourlyRate { get; }
    string? Description { get; }
}

internal static class RoomFieldRules
{
    public static void AddRoomFieldRules<T>(this AbstractValidator<T> validator) where T : IRoomFields
    {
        validator.RuleFor(x => x.Name).RequiredName();
        validator.RuleFor(x => x.HourlyRate).HourlyRate();
        validator.RuleFor(x => x.Description).OptionalText(FieldLimits.Description);
    }
}
