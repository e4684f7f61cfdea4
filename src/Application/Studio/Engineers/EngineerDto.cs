namespace RecordingStudio.Application.Studio.Engineers;

public sealed record EngineerDto(Guid Id, string Name, string? Email, decimal HourlyRate, bool IsActive);
