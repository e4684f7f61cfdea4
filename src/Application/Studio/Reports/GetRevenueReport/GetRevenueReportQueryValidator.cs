using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Reports.GetRevenueReport;

public sealed class GetRevenueReportQueryValidator : AbstractValidator<GetRevenueReportQuery>
{
    public GetRevenueReportQueryValidator()
    {
        RuleFor(x => x.GroupBy).IsInEnum();
        RuleFor(x => x.From).InclusiveBetween(ReportPeriod.Earliest, ReportPeriod.Latest);
        RuleFor(x => x.To).InclusiveBetween(ReportPeriod.Earliest, ReportPeriod.Latest);
        RuleFor(x => x.To).Must((q, to) => to!.Value >= q.From!.Value && to.Value.DayNumber - q.From.Value.DayNumber <= ReportPeriod.MaxDays)
            .When(x => x.From is not null && x.To is not null).WithSentence("'To' is on or after 'From', at most {0} days later.", ReportPeriod.MaxDays);
    }
}
