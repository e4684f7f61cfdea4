using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Series;

/// <summary>A series and its sessions (soonest first); <see cref="Skipped"/> lists the occurrences a booking of only the free ones left out.</summary>
public sealed record SeriesDto(Guid Id, Guid ClientId, Guid RoomId, Guid? EngineerId, string Rule, string? Title,
    IReadOnlyList<SessionDto> Sessions, IReadOnlyList<SeriesConflictDto> Skipped);

/// <summary>An occurrence that cannot be booked: when, the refusal's code, and who or what is in the way.</summary>
public sealed record SeriesConflictDto(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Code, string BlockedBy, Guid? ConflictingSessionId)
{
    /// <param name="sameSeries">The sessions placed with it: one of them in the way is the series overlapping itself.</param>
    /// <param name="saved">Whether those are stored (a move, or the free ones booked): if not, there is no id to look up.</param>
    public static SeriesConflictDto Of(Session occurrence, ConflictException why, IReadOnlySet<Guid>? sameSeries = null, bool saved = true)
    {
        var inTheWay = why.Details.GetValueOrDefault("conflictingSessionId") as Guid?;
        return inTheWay is { } id && sameSeries?.Contains(id) == true
            ? new(occurrence.StartsAt, occurrence.EndsAt, "series_overlaps_itself", Text.Say("It overlaps another session of the same series."), saved ? id : null)
            : new(occurrence.StartsAt, occurrence.EndsAt, why.Code, why.Sentence(), inTheWay);
    }
}
