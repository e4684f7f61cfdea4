namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>The studio's invoice numbers, one sequence a year: without gaps or duplicates however many are issued at once.</summary>
public interface IInvoiceNumbers
{
    /// <summary>
    /// The next number of <paramref name="year"/>, taken inside the caller's transaction: the sequence's row stays locked
    /// until it commits (concurrent issues take their turn) and goes back if it rolls back (no gap).
    /// </summary>
    Task<int> NextAsync(int year, CancellationToken ct);
}
