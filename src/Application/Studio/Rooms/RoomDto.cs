namespace RecordingStudio.Application.Studio.Rooms;

public sealed record RoomDto(Guid Id, string Name, decimal HourlyRate, string? Description, bool IsActive);
