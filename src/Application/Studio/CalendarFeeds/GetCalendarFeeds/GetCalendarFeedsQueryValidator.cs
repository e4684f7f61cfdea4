using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.CalendarFeeds.GetCalendarFeeds;

public sealed class GetCalendarFeedsQueryValidator : AbstractValidator<GetCalendarFeedsQuery>
{
    public GetCalendarFeedsQueryValidator() => this.Paging(x => x.Page, x => x.PageSize);
}
