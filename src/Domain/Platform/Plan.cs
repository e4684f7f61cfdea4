using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Platform;

/// <summary>
/// A plan of the platform's catalog: what it allows a studio (null: no limit) and what it costs. "trial" is every new
/// studio's; owners choose among the others.
/// </summary>
public sealed class Plan
{
    private Plan() { }

    public Plan(string name, string title, int? maxRooms, int? maxStaff, int? maxAssistantTurnsPerMonth, decimal? monthlyPrice, string currency, bool selectable)
    {
        Name = Guard.Required(name, nameof(Name), MaxName).ToLowerInvariant();
        Title = Guard.Required(title, nameof(Title), FieldLimits.Name);
        (MaxRooms, MaxStaff, MaxAssistantTurnsPerMonth, MonthlyPrice, Currency, Selectable) =
            (maxRooms, maxStaff, maxAssistantTurnsPerMonth, monthlyPrice, currency, selectable);
    }

    public const string Trial = "trial";
    public const int MaxName = 32;

    public string Name { get; private set; } = "";
    public string Title { get; private set; } = "";
    /// <summary>Rooms taking bookings at once.</summary>
    public int? MaxRooms { get; private set; }
    /// <summary>Active staff accounts (Owners, Managers, Engineers; invitations count).</summary>
    public int? MaxStaff { get; private set; }
    /// <summary>Questions to the assistant per calendar month (UTC).</summary>
    public int? MaxAssistantTurnsPerMonth { get; private set; }
    public decimal? MonthlyPrice { get; private set; }
    public string Currency { get; private set; } = "EUR";
    /// <summary>Owners may ask for it (the trial is given, not chosen).</summary>
    public bool Selectable { get; private set; }
}
