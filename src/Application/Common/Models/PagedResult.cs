namespace RecordingStudio.Application.Common.Models;

/// <summary>
/// The one shape of every list the API answers: a page of items, how many there are in all, and which page this is.
/// </summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize);

public static class Paging
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;
    /// <summary>Far beyond any list here, and small enough that page × size never overflows.</summary>
    public const int MaxPage = 1_000_000;

    public static int Skip(int page, int pageSize) => (Math.Max(page, 1) - 1) * pageSize;

    /// <summary>A page of a list already in memory (for small sets read whole anyway, such as a studio's staff).</summary>
    public static PagedResult<T> Of<T>(IReadOnlyList<T> all, int page, int pageSize) =>
        new(all.Skip(Skip(page, pageSize)).Take(pageSize).ToList(), all.Count, page, pageSize);
}
