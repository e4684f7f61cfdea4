namespace RecordingStudio.Application.Common.Interfaces;

public enum RevenueGrouping
{
    Month,
    Room,
    Engineer,
}

/// <summary>One group's revenue: <paramref name="Key"/> is "2026-11" by month, the room's or engineer's id otherwise ("" for lines without one).</summary>
public sealed record RevenueFigure(string Key, decimal Net, decimal Tax);

/// <summary>
/// Revenue as an accountant counts it: issued invoices' lines by the studio date they were issued on, less the lines of
/// the credit notes issued in the period (a void invoice and its credit note cancel out). Summed by the database.
/// </summary>
public interface IRevenueFigures
{
    Task<IReadOnlyList<RevenueFigure>> RevenueAsync(DateOnly from, DateOnly to, RevenueGrouping groupBy, CancellationToken ct);
}
