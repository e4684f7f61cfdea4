using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Rooms;

/// <summary>What a room's own rules say about a slot, before any other booking is looked at: one wording for the booking and the availability check.</summary>
public static class RoomRuleRefusals
{
    /// <summary>
    /// The 409 a booking of the slot gets from the room's minimum length or opening hours; null when they allow it. The
    /// studio's settings (its clock) are read only for a room with opening hours.
    /// </summary>
    public static async Task<ConflictException?> ForAsync(Room room, TimeSlot slot, IReadRepository<StudioSettings> settings, CancellationToken ct)
    {
        var rules = room.Rules;
        if (slot.Duration < TimeSpan.FromMinutes(rules.MinimumMinutes))
            return new ConflictException("room_minimum_length", "Room '{0}' takes sessions of {1} minutes or more.", room.Name, rules.MinimumMinutes);
        if (rules.OpensAt is { } opens && rules.ClosesAt is { } closes
            && !rules.IsOpenFor(slot, (await settings.GetStudioSettingsAsync(ct)).Calendar))
            return new ConflictException("room_closed", "Room '{0}' can be booked from {1:HH\\:mm} to {2:HH\\:mm} (studio time) only.", room.Name, opens, closes);
        return null;
    }
}
