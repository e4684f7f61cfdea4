using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Rooms;

/// <summary>What a room's own rules say about a slot, before any other booking is looked at: one wording for the booking and the availability check.</summary>
public static class RoomRuleRefusals
{
    /// <summary>The 409 a booking of the slot gets from the room's minimum length or opening hours; null when they allow it.</summary>
    public static ConflictException? For(Room room, TimeSlot slot, StudioCalendar calendar)
    {
        var rules = room.Rules;
        if (slot.Duration < TimeSpan.FromMinutes(rules.MinimumMinutes))
            return new ConflictException("room_minimum_length", $"Room '{room.Name}' takes sessions of {rules.MinimumMinutes} minutes or more.");
        if (rules.OpensAt is { } opens && rules.ClosesAt is { } closes && !rules.IsOpenFor(slot, calendar))
            return new ConflictException("room_closed", $"Room '{room.Name}' can be booked from {opens:HH\\:mm} to {closes:HH\\:mm} (studio time) only.");
        return null;
    }
}
