using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Reports.GetUtilizationReport;

public sealed class GetUtilizationReportQueryValidator : AbstractValidator<GetUtilizationReportQuery>
{
    public const int MaxDays = 366;

    public GetUtilizationReportQueryValidator()
    {
        RuleFor(x => x.Period).IsInEnum();
        RuleFor(x => x.From).InclusiveBetween(ReportPeriod.Earliest, ReportPeriod.Latest);
        RuleFor(x => x.To).InclusiveBetween(ReportPeriod.Earliest, ReportPeriod.Latest);
        RuleFor(x => x.To).Must((q, to) => to!.Value >= q.From!.Value && to.Value.DayNumber - q.From.Value.DayNumber < MaxDays)
            .When(x => x.From is not null && x.To is not null).WithSentence("'To' is on or after 'From', at most a year later.");
        RuleFor(x => x.From).NotNull().When(x => x.To is not null).WithSentence("'From' is given with 'To'.");
    }
}
