namespace RecordingStudio.Application.Common.Models;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize);

public static class Paging
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    public static int Skip(int page, int pageSize) => (Math.Max(page, 1) - 1) * pageSize;
}
