namespace RecordingStudio.Application.Studio.Rooms;

public sealed record RoomDto(Guid Id, string Name, decimal HourlyRate, string? Description, bool IsActive,
    int TurnoverMinutes = 0, int MinimumMinutes = 0, TimeOnly? OpensAt = null, TimeOnly? ClosesAt = null,
    decimal? HalfDayRate = null, decimal? DayRate = null);
