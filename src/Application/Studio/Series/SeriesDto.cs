using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Series;

/// <summary>A series and its sessions (soonest first); <see cref="Skipped"/> lists the occurrences a booking of only the free ones left out.</summary>
public sealed record SeriesDto(Guid Id, Guid ClientId, Guid RoomId, Guid? EngineerId, string Rule, string? Title,
    IReadOnlyList<SessionDto> Sessions, IReadOnlyList<SeriesConflictDto> Skipped);

/// <summary>An occurrence that cannot be booked: when, the refusal's code, and who or what is in the way.</summary>
public sealed record SeriesConflictDto(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Code, string BlockedBy, Guid? ConflictingSessionId)
{
    public static SeriesConflictDto Of(Session occurrence, ConflictException why) =>
        new(occurrence.StartsAt, occurrence.EndsAt, why.Code, why.Message,
            why.Details.GetValueOrDefault("conflictingSessionId") as Guid?);
}
