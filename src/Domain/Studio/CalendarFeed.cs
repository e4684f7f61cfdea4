using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

public enum CalendarFeedKind
{
    Room,
    Engineer,
    Client,
}

/// <summary>
/// A subscribable calendar of one room's, engineer's or client's sessions at an unguessable URL
/// (<c>/ical/&lt;token&gt;.ics</c>). Only a hash of the token is stored, so the URL is shown once; revoking ends it.
/// </summary>
public sealed class CalendarFeed : Entity
{
    private CalendarFeed() { }

    private CalendarFeed(CalendarFeedKind kind, Guid targetId, string tokenHash, DateTimeOffset createdAt) =>
        (Kind, TargetId, TokenHash, CreatedAt) = (kind, targetId, tokenHash, createdAt);

    public CalendarFeedKind Kind { get; private set; }
    public Guid TargetId { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Creates a feed and returns it with the only copy of its token.</summary>
    public static (CalendarFeed Feed, string Token) Issue(CalendarFeedKind kind, Guid targetId, DateTimeOffset now)
    {
        var token = Secrets.NewToken();
        return (new CalendarFeed(kind, targetId, Secrets.Hash(token), now), token);
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Where a feed answers on its studio's host.</summary>
    public static string PathOf(string token) => $"/ical/{token}.ics";
}
