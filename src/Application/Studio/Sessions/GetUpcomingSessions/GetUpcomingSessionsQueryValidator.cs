using FluentValidation;

namespace RecordingStudio.Application.Studio.Sessions.GetUpcomingSessions;

public sealed class GetUpcomingSessionsQueryValidator : AbstractValidator<GetUpcomingSessionsQuery>
{
    public GetUpcomingSessionsQueryValidator() => RuleFor(x => x.Limit).InclusiveBetween(1, 100);
}
