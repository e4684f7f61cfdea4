using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

public sealed class Room : Entity
{
    public static readonly TimeSpan MaxTurnover = TimeSpan.FromHours(4);
    public static readonly TimeSpan MaxMinimumLength = TimeSpan.FromHours(24);

    private Room() { }

    public Room(string name, decimal hourlyRate, string? description, RoomRules? rules = null) =>
        Update(name, hourlyRate, description, true, rules);

    public string Name { get; private set; } = "";
    public decimal HourlyRate { get; private set; }
    public string? Description { get; private set; }
    public bool IsActive { get; private set; }
    /// <summary>Time the room needs free after a session (setting up, clearing out) before the next one starts.</summary>
    public int TurnoverMinutes { get; private set; }
    /// <summary>The shortest session the room is booked for; 0 for none.</summary>
    public int MinimumMinutes { get; private set; }
    /// <summary>When the room may be booked on the studio's clock; both null when at any time.</summary>
    public TimeOnly? OpensAt { get; private set; }
    public TimeOnly? ClosesAt { get; private set; }

    /// <summary>The price of a half day (up to 4 hours) and of a day (up to 10 hours), when the room has them.</summary>
    public decimal? HalfDayRate { get; private set; }
    public decimal? DayRate { get; private set; }

    public RoomRules Rules => new(TurnoverMinutes, MinimumMinutes, OpensAt, ClosesAt);
    public RoomRates Rates => new(HourlyRate, HalfDayRate, DayRate);

    /// <summary>Sets the half-day and day rates (null: none); sessions booked later are priced with them.</summary>
    public void SetBlockRates(decimal? halfDay, decimal? day) =>
        (HalfDayRate, DayRate) = (halfDay is { } h ? Guard.NotNegative(h, nameof(HalfDayRate)) : null, day is { } d ? Guard.NotNegative(d, nameof(DayRate)) : null);

    public void Update(string name, decimal hourlyRate, string? description, bool isActive, RoomRules? rules = null)
    {
        Name = Guard.Required(name, nameof(Name), FieldLimits.Name);
        HourlyRate = Guard.NotNegative(hourlyRate, nameof(HourlyRate));
        Description = Guard.Optional(description, nameof(Description), FieldLimits.Description);
        IsActive = isActive;
        rules ??= RoomRules.None;
        if (rules.TurnoverMinutes < 0 || rules.TurnoverMinutes > MaxTurnover.TotalMinutes)
            throw new DomainException("invalid_turnover", "Turnover is 0 to {0} minutes.", MaxTurnover.TotalMinutes);
        if (rules.MinimumMinutes < 0 || rules.MinimumMinutes > MaxMinimumLength.TotalMinutes)
            throw new DomainException("invalid_minimum_length", "A minimum length is 0 to {0} minutes.", MaxMinimumLength.TotalMinutes);
        if (rules.OpensAt is null != rules.ClosesAt is null)
            throw new DomainException("invalid_opening_hours", "Give both the opening and the closing time, or neither.");
        (TurnoverMinutes, MinimumMinutes, OpensAt, ClosesAt) = (rules.TurnoverMinutes, rules.MinimumMinutes, rules.OpensAt, rules.ClosesAt);
    }
}

/// <summary>
/// A room's booking rules: a turnover after each session, a minimum length, and opening hours on the studio's clock
/// (a closing time at or before the opening one is the next morning: 10:00–02:00).
/// </summary>
public sealed record RoomRules(int TurnoverMinutes, int MinimumMinutes, TimeOnly? OpensAt, TimeOnly? ClosesAt)
{
    public static readonly RoomRules None = new(0, 0, null, null);

    public TimeSpan Turnover => TimeSpan.FromMinutes(TurnoverMinutes);

    /// <summary>
    /// Whether a session lies inside one opening of the room: from an opening time to the closing time that follows.
    /// No hours, or opening equal to closing, means open around the clock.
    /// </summary>
    public bool IsOpenFor(TimeSlot slot, StudioCalendar calendar)
    {
        if (OpensAt is not { } opens || ClosesAt is not { } closes || opens == closes) return true;
        var startDay = calendar.DateOf(slot.Start);
        // The opening that contains the start began on its day or, for one past midnight, the day before.
        foreach (var day in new[] { startDay.AddDays(-1), startDay })
        {
            var (from, to) = calendar.Instants(day, opens, closes);
            if (from <= slot.Start && slot.End <= to) return true;
        }
        return false;
    }
}
