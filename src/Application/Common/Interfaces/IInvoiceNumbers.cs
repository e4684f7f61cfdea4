namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>The studio's numbered documents: each series counts on its own, from 1 each year.</summary>
public enum NumberSeries
{
    Invoice,
    CreditNote,
    Quote,
}

/// <summary>The studio's document numbers, one sequence a series and year: without gaps or duplicates however many are issued at once.</summary>
public interface IInvoiceNumbers
{
    /// <summary>
    /// The next number of <paramref name="series"/> in <paramref name="year"/>, taken inside the caller's transaction:
    /// the sequence's row stays locked until it commits (concurrent issues take their turn) and goes back if it rolls
    /// back (no gap).
    /// </summary>
    Task<int> NextAsync(NumberSeries series, int year, CancellationToken ct);
}
