using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.CalendarFeeds.GetCalendarFeedFile;

/// <summary>
/// A feed's iCalendar file, for whoever holds its URL (no account: calendar apps subscribe without signing in): the
/// sessions of its room, engineer or client from a month ago to a year ahead, cancelled ones left out. An unknown or
/// revoked token is a 404. Internal notes are never in it.
/// </summary>
[RequiresAccess(Access.Anonymous)]
public sealed record GetCalendarFeedFileQuery(string Token) : IQuery<string>;

public sealed class ActiveFeedByTokenSpec : Specification<CalendarFeed>
{
    public ActiveFeedByTokenSpec(string tokenHash) => Query.Where(f => f.TokenHash == tokenHash && f.RevokedAt == null).AsNoTracking();
}

public sealed class FeedSessionsSpec : Specification<Session>
{
    public const int MaxEvents = 2000;

    public FeedSessionsSpec(CalendarFeed feed, DateTimeOffset from, DateTimeOffset to)
    {
        Query.Where(s => s.EndsAt > from && s.StartsAt < to).Where(SessionStatusRules.InSchedule);
        var target = feed.TargetId;
        switch (feed.Kind)
        {
            case CalendarFeedKind.Room: Query.Where(s => s.RoomId == target); break;
            case CalendarFeedKind.Engineer: Query.Where(s => s.EngineerId == target); break;
            default: Query.Where(s => s.ClientId == target); break;
        }
        Query.OrderBy(s => s.StartsAt).Take(MaxEvents).AsNoTracking();
    }
}

public sealed class GetCalendarFeedFileQueryHandler(
    IReadRepository<CalendarFeed> feeds,
    IReadRepository<Session> sessions,
    SessionNames names,
    ITenantContext tenant,
    ICalendarFileWriter writer,
    ClientLanguage language,
    TimeProvider clock) : IQueryHandler<GetCalendarFeedFileQuery, string>
{
    private static readonly TimeSpan Past = TimeSpan.FromDays(31);
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(366);

    public async ValueTask<string> Handle(GetCalendarFeedFileQuery query, CancellationToken ct)
    {
        var feed = await feeds.FirstOrDefaultAsync(new ActiveFeedByTokenSpec(Secrets.Hash(query.Token)), ct)
            ?? throw new NotFoundException("Calendar feed", "this address");
        var studio = tenant.Tenant ?? throw TenantUnavailableException.StudioRequired();
        var now = clock.GetUtcNow();
        var found = await sessions.ListAsync(new FeedSessionsSpec(feed, now - Past, now + Ahead), ct);
        var named = await names.ForAsync(found, ct, feed.TargetId);
        // A calendar app asks in no person's language: a client's feed speaks theirs, a room's or engineer's the studio's.
        using var reading = Languages.Use(feed.Kind == CalendarFeedKind.Client ? await language.OfAsync(feed.TargetId, ct) : studio.Language);

        var events = found.Select(s =>
        {
            var room = named.Room(s.RoomId);
            var title = s.Title ?? Text.Say("Session");
            var (summary, description) = feed.Kind switch
            {
                CalendarFeedKind.Room => ($"{title} · {named.Client(s.ClientId)}", named.Engineer(s.EngineerId) is { } e ? Text.Say("Engineer: {0}", e) : null),
                CalendarFeedKind.Engineer => ($"{title} · {room}", Text.Say("Client: {0}", named.Client(s.ClientId))),
                _ => (Text.Say("{0} at {1}", title, studio.Name), named.Engineer(s.EngineerId) is { } e ? Text.Say("Engineer: {0}", e) : null),
            };
            return new CalendarFileEvent($"{s.Id}@{studio.Subdomain}", s.StartsAt, s.EndsAt, summary, room, description, s.Sequence,
                Tentative: s.Status is SessionStatus.Hold or SessionStatus.Tentative);
        }).ToList();
        var targetName = feed.Kind switch
        {
            CalendarFeedKind.Room => named.Room(feed.TargetId),
            CalendarFeedKind.Engineer => named.Engineer(feed.TargetId) ?? "?",
            _ => named.Client(feed.TargetId),
        };
        return writer.Write(new CalendarFile($"{studio.Name} · {targetName}", events));
    }
}
