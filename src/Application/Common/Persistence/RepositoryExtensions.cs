using Ardalis.Specification;
using Mapster;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Models;

namespace RecordingStudio.Application.Common.Persistence;

public static class RepositoryExtensions
{
    public static async Task<T> GetOrThrowAsync<T>(this IReadRepository<T> repository, Guid id, CancellationToken ct)
        where T : class =>
        await repository.GetByIdAsync(id, ct) ?? throw new NotFoundException(NotFoundException.NameOf(typeof(T)), id);

    /// <summary>The page the specification selects (its Skip/Take), mapped to <typeparamref name="TDto"/>, and the count of all it matches.</summary>
    public static async Task<PagedResult<TDto>> PageAsync<T, TDto>(this IReadRepository<T> repository, ISpecification<T> spec,
        int page, int pageSize, CancellationToken ct) where T : class
    {
        var items = await repository.ListAsync(spec, ct);
        return new PagedResult<TDto>(items.Adapt<List<TDto>>(), await repository.CountAsync(spec, ct), page, pageSize);
    }

    /// <summary>The page a projecting specification selects, and the count of all it matches.</summary>
    public static async Task<PagedResult<TDto>> PageAsync<T, TDto>(this IReadRepository<T> repository, ISpecification<T, TDto> spec,
        int page, int pageSize, CancellationToken ct) where T : class
    {
        var items = await repository.ListAsync(spec, ct);
        return new PagedResult<TDto>(items, await repository.CountAsync(spec, ct), page, pageSize);
    }
}
