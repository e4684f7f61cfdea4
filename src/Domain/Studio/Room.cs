using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

public sealed class Room : Entity
{
    private Room() { }

    public Room(string name, decimal hourlyRate, string? description) => Update(name, hourlyRate, description, true);

    public string Name { get; private set; } = "";
    public decimal HourlyRate { get; private set; }
    public string? Description { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string name, decimal hourlyRate, string? description, bool isActive)
    {
        Name = Guard.Required(name, nameof(Name), FieldLimits.Name);
        HourlyRate = Guard.NotNegative(hourlyRate, nameof(HourlyRate));
        Description = Guard.Optional(description, nameof(Description), FieldLimits.Description);
        IsActive = isActive;
    }
}
