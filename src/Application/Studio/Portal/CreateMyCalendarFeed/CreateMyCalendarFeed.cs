using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.CreateMyCalendarFeed;

/// <summary>
/// The signed-in client's own calendar feed, to add to their calendar app: a new address each time, the earlier ones
/// revoked, so one link works and a link that leaked can be replaced by the client.
/// </summary>
[RequiresAccess(Access.Portal)]
public sealed record CreateMyCalendarFeedCommand : ICommand<MyCalendarFeedDto>;

public sealed record MyCalendarFeedDto(string Url);

public sealed class ActiveClientFeedsSpec : Specification<CalendarFeed>
{
    public ActiveClientFeedsSpec(Guid clientId) =>
        Query.Where(f => f.Kind == CalendarFeedKind.Client && f.TargetId == clientId && f.RevokedAt == null);
}

public sealed class CreateMyCalendarFeedCommandHandler(
    IRepository<CalendarFeed> feeds,
    ICurrentUser user,
    ITenantContext tenant,
    IStudioLinks links,
    TimeProvider clock) : ICommandHandler<CreateMyCalendarFeedCommand, MyCalendarFeedDto>
{
    public async ValueTask<MyCalendarFeedDto> Handle(CreateMyCalendarFeedCommand command, CancellationToken ct)
    {
        var clientId = user.RequireClientId();
        var studio = tenant.Tenant ?? throw TenantUnavailableException.StudioRequired();
        var now = clock.GetUtcNow();
        foreach (var earlier in await feeds.ListAsync(new ActiveClientFeedsSpec(clientId), ct)) earlier.Revoke(now);
        var (feed, token) = CalendarFeed.Issue(CalendarFeedKind.Client, clientId, now);
        feeds.Add(feed);
        await feeds.SaveChangesAsync(ct);
        return new MyCalendarFeedDto(links.StudioUrl(studio.Subdomain, CalendarFeed.PathOf(token)));
    }
}
