using FluentValidation;

namespace RecordingStudio.Application.Studio.CalendarFeeds.GetCalendarFeedFile;

public sealed class GetCalendarFeedFileQueryValidator : AbstractValidator<GetCalendarFeedFileQuery>
{
    // Whatever is in the address: a token is 43 URL-safe characters; anything else cannot be one.
    public GetCalendarFeedFileQueryValidator() => RuleFor(x => x.Token).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9_-]+$");
}
