using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Reports.GetRevenueReport;

/// <summary>
/// What the studio invoiced from <see cref="From"/> to <see cref="To"/> (studio dates; the year so far unless given),
/// less credit notes, by month, room or engineer.
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record GetRevenueReportQuery(DateOnly? From = null, DateOnly? To = null, RevenueGrouping GroupBy = RevenueGrouping.Month)
    : IQuery<RevenueReportDto>;

public sealed record RevenueRowDto(string Key, string Label, decimal Net, decimal Tax, decimal Gross);

public sealed record RevenueReportDto(string Currency, DateOnly From, DateOnly To, RevenueGrouping GroupBy, IReadOnlyList<RevenueRowDto> Rows,
    decimal Net, decimal Tax, decimal Gross);

public sealed class GetRevenueReportQueryHandler(IRevenueFigures figures, IReadRepository<StudioSettings> settings, InvoiceViews views, SessionNames names)
    : IQueryHandler<GetRevenueReportQuery, RevenueReportDto>
{
    public async ValueTask<RevenueReportDto> Handle(GetRevenueReportQuery query, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        var (from, to) = ReportPeriod.Of(query.From, query.To, await views.TodayAsync(ct));
        if (to < from || to.DayNumber - from.DayNumber > ReportPeriod.MaxDays)
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("To",
                Text.Say("The report runs from {0:yyyy-MM-dd} to {1:yyyy-MM-dd}: 'To' is on or after 'From', at most {2} days later.", from, to, ReportPeriod.MaxDays))]);
        var sums = await figures.RevenueAsync(from, to, query.GroupBy, ct);
        var named = await names.ForAsync([], ct);
        string Label(string key) => query.GroupBy switch
        {
            RevenueGrouping.Month => ReportPeriod.MonthLabel(key),
            RevenueGrouping.Room => key.Length == 0 ? "Other lines" : named.Room(Guid.Parse(key)),
            _ => key.Length == 0 ? "No engineer" : named.Engineer(Guid.Parse(key)) ?? "?",
        };
        var rows = sums.Select(s => new RevenueRowDto(s.Key, Label(s.Key), s.Net, s.Tax, s.Net + s.Tax)).ToList();
        return new RevenueReportDto(studio.Currency, from, to, query.GroupBy, rows, rows.Sum(r => r.Net), rows.Sum(r => r.Tax), rows.Sum(r => r.Gross));
    }
}
