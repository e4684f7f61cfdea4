using FluentValidation;

namespace RecordingStudio.Application.Studio.CalendarFeeds.RevokeCalendarFeed;

public sealed class RevokeCalendarFeedCommandValidator : AbstractValidator<RevokeCalendarFeedCommand>
{
    public RevokeCalendarFeedCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
