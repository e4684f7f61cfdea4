using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

public sealed record SessionDto(
    Guid Id,
    Guid ClientId,
    Guid RoomId,
    Guid? EngineerId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    SessionStatus Status,
    string? Title,
    string? Notes,
    int? HoldRank = null,
    DateTimeOffset? HoldExpiresAt = null,
    Guid? SeriesId = null);
