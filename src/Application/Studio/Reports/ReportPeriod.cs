using System.Globalization;

namespace RecordingStudio.Application.Studio.Reports;

/// <summary>The days a report covers, on the studio's calendar: from the first of the year to today unless given.</summary>
public static class ReportPeriod
{
    public const int MaxDays = 3 * 366;

    public static (DateOnly From, DateOnly To) Of(DateOnly? from, DateOnly? to, DateOnly today) =>
        (from ?? new DateOnly((to ?? today).Year, 1, 1), to ?? today);

    /// <summary>"Nov 2026" for "2026-11".</summary>
    public static string MonthLabel(string key) =>
        DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string MonthOf(DateOnly day) => $"{day.Year:0000}-{day.Month:00}";

    /// <summary>The ISO 8601 week, "2026-W48".</summary>
    public static string WeekOf(DateOnly day) =>
        $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}";
}
