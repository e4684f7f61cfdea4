using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.CalendarFeeds.RevokeCalendarFeed;

/// <summary>Ends a feed: its URL answers 404 from now on (again and again: revoking twice changes nothing).</summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record RevokeCalendarFeedCommand(Guid Id) : ICommand;

public sealed class RevokeCalendarFeedCommandHandler(IRepository<CalendarFeed> feeds, TimeProvider clock) : ICommandHandler<RevokeCalendarFeedCommand>
{
    public async ValueTask<Unit> Handle(RevokeCalendarFeedCommand command, CancellationToken ct)
    {
        var feed = await feeds.GetOrThrowAsync(command.Id, ct);
        feed.Revoke(clock.GetUtcNow());
        await feeds.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
