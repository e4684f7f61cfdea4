using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Sessions.GetUpcomingSessions;

public sealed class GetUpcomingSessionsQueryValidator : AbstractValidator<GetUpcomingSessionsQuery>
{
    public GetUpcomingSessionsQueryValidator() => this.Paging(x => x.Page, x => x.PageSize);
}
