using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Calendar.GetCalendar;

public sealed class GetCalendarQueryValidator : AbstractValidator<GetCalendarQuery>
{
    public GetCalendarQueryValidator(TimeProvider clock)
    {
        RuleFor(x => GetCalendarWindow.Of(x, clock.GetUtcNow()))
            .Must(w => w.To > w.From).WithSentence("The window's 'to' must be after its 'from'.")
            .Must(w => w.To - w.From <= GetCalendarWindow.MaxLength).WithSentence("A calendar window spans at most {0} days.", GetCalendarWindow.MaxLength.TotalDays)
            .Named("To");
        this.Paging(x => x.Page, x => x.PageSize);
    }
}
