using FluentValidation;

namespace RecordingStudio.Application.Studio.CalendarFeeds.CreateCalendarFeed;

public sealed class CreateCalendarFeedCommandValidator : AbstractValidator<CreateCalendarFeedCommand>
{
    public CreateCalendarFeedCommandValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Id).NotEmpty();
    }
}
