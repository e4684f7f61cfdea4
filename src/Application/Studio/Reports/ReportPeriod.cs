using System.Globalization;

namespace RecordingStudio.Application.Studio.Reports;

/// <summary>The days a report covers, on the studio's calendar: from the first of the year to today unless given.</summary>
public static class ReportPeriod
{
    public const int MaxDays = 3 * 366;

    /// <summary>The days a report may name: far enough back for any studio's books, not so far that date arithmetic overflows.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1), Latest = new(2100, 12, 31);

    public static (DateOnly From, DateOnly To) Of(DateOnly? from, DateOnly? to, DateOnly today) =>
        (from ?? new DateOnly((to ?? today).Year, 1, 1), to ?? today);

    /// <summary>"Nov 2026" for "2026-11".</summary>
    public static string MonthLabel(string key) =>
        DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string MonthOf(DateOnly day) => $"{day.Year:0000}-{day.Month:00}";

    /// <summary>Each of <paramref name="count"/> months from <paramref name="first"/> with its net revenue, months without any at zero (for a chart).</summary>
    public static IReadOnlyList<(DateOnly Month, decimal Net)> EveryMonth(this GetRevenueReport.RevenueReportDto report, DateOnly first, int count)
    {
        var byMonth = report.Rows.ToDictionary(r => r.Key, r => r.Net);
        return Enumerable.Range(0, count).Select(first.AddMonths).Select(m => (m, byMonth.GetValueOrDefault(MonthOf(m)))).ToList();
    }

    /// <summary>The ISO 8601 week, "2026-W48".</summary>
    public static string WeekOf(DateOnly day) =>
        $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}";
}
