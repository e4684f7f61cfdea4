using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Calendar.GetCalendar;

public sealed class GetCalendarQueryValidator : AbstractValidator<GetCalendarQuery>
{
    public GetCalendarQueryValidator(TimeProvider clock)
    {
        RuleFor(x => GetCalendarWindow.Of(x, clock.GetUtcNow()))
            .Must(w => w.To > w.From).WithMessage("'to' must be after 'from'.")
            .Must(w => w.To - w.From <= GetCalendarWindow.MaxLength).WithMessage($"A calendar window spans at most {GetCalendarWindow.MaxLength.TotalDays} days.")
            .OverridePropertyName("To");
        this.Paging(x => x.Page, x => x.PageSize);
    }
}
