using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.CalendarFeeds;

/// <summary>A calendar feed as listed: never its URL, which is shown once, when the feed is made.</summary>
public sealed record CalendarFeedDto(Guid Id, CalendarFeedKind Kind, Guid TargetId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

public sealed record CreatedCalendarFeedDto(Guid Id, CalendarFeedKind Kind, Guid TargetId, DateTimeOffset CreatedAt, string Url);
