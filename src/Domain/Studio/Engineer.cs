using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

public sealed class Engineer : Entity
{
    private Engineer() { }

    public Engineer(string name, string? email, decimal hourlyRate) => Update(name, email, hourlyRate, true);

    public string Name { get; private set; } = "";
    public string? Email { get; private set; }
    public decimal HourlyRate { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string name, string? email, decimal hourlyRate, bool isActive)
    {
        Name = Guard.Required(name, nameof(Name), FieldLimits.Name);
        Email = Guard.Optional(email, nameof(Email), FieldLimits.Email)?.ToLowerInvariant();
        HourlyRate = Guard.NotNegative(hourlyRate, nameof(HourlyRate));
        IsActive = isActive;
    }
}
