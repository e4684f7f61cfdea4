using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.CalendarFeeds.CreateCalendarFeed;

/// <summary>
/// A subscribable calendar of a room's, an engineer's or a client's sessions. Whoever has the URL reads those sessions
/// without signing in, so Managers and Owners make them, and each can be revoked.
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record CreateCalendarFeedCommand(CalendarFeedKind Kind, Guid Id) : ICommand<CreatedCalendarFeedDto>;

public sealed class CreateCalendarFeedCommandHandler(
    IRepository<CalendarFeed> feeds,
    IReadRepository<Room> rooms,
    IReadRepository<Engineer> engineers,
    IReadRepository<Client> clients,
    ITenantContext tenant,
    IStudioLinks links,
    TimeProvider clock) : ICommandHandler<CreateCalendarFeedCommand, CreatedCalendarFeedDto>
{
    public async ValueTask<CreatedCalendarFeedDto> Handle(CreateCalendarFeedCommand command, CancellationToken ct)
    {
        _ = command.Kind switch
        {
            CalendarFeedKind.Room => (object)await rooms.GetOrThrowAsync(command.Id, ct),
            CalendarFeedKind.Engineer => await engineers.GetOrThrowAsync(command.Id, ct),
            _ => await clients.GetOrThrowAsync(command.Id, ct),
        };
        var studio = tenant.Tenant ?? throw TenantUnavailableException.StudioRequired();
        var (feed, token) = CalendarFeed.Issue(command.Kind, command.Id, clock.GetUtcNow());
        feeds.Add(feed);
        await feeds.SaveChangesAsync(ct);
        return new CreatedCalendarFeedDto(feed.Id, feed.Kind, feed.TargetId, feed.CreatedAt, links.StudioUrl(studio.Subdomain, CalendarFeed.PathOf(token)));
    }
}
