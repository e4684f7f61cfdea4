using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Rooms;

/// <summary>The fields a room is created and updated with; the booking rules are optional (none when left out).</summary>
public interface IRoomFields
{
    string Name { get; }
    decimal HourlyRate { get; }
    string? Description { get; }
    int TurnoverMinutes { get; }
    int MinimumMinutes { get; }
    TimeOnly? OpensAt { get; }
    TimeOnly? ClosesAt { get; }
    decimal? HalfDayRate { get; }
    decimal? DayRate { get; }
}

internal static class RoomFieldRules
{
    public static void AddRoomFieldRules<T>(this AbstractValidator<T> validator) where T : IRoomFields
    {
        validator.RuleFor(x => x.Name).RequiredName();
        validator.RuleFor(x => x.HourlyRate).HourlyRate();
        validator.RuleFor(x => x.HalfDayRate!.Value).HourlyRate().Named(nameof(IRoomFields.HalfDayRate)).When(x => x.HalfDayRate is not null);
        validator.RuleFor(x => x.DayRate!.Value).HourlyRate().Named(nameof(IRoomFields.DayRate)).When(x => x.DayRate is not null);
        validator.RuleFor(x => x.Description).OptionalText(FieldLimits.Description);
        validator.RuleFor(x => x.TurnoverMinutes).InclusiveBetween(0, (int)Room.MaxTurnover.TotalMinutes);
        validator.RuleFor(x => x.MinimumMinutes).InclusiveBetween(0, (int)Room.MaxMinimumLength.TotalMinutes);
        validator.RuleFor(x => x.ClosesAt).NotNull().When(x => x.OpensAt is not null).WithSentence("Give the closing time with the opening time.");
        validator.RuleFor(x => x.OpensAt).NotNull().When(x => x.ClosesAt is not null).WithSentence("Give the opening time with the closing time.");
    }
}
