using Ardalis.Specification;

namespace RecordingStudio.Application.Common.Persistence;

/// <summary>Reads aggregates through specifications; implemented over EF Core in Infrastructure.</summary>
public interface IReadRepository<T> where T : class
{
    Task<T?> GetByIdAsync<TKey>(TKey id, CancellationToken ct) where TKey : notnull;
    Task<T?> FirstOrDefaultAsync(ISpecification<T> spec, CancellationToken ct);
    Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> spec, CancellationToken ct);
    Task<List<T>> ListAsync(ISpecification<T> spec, CancellationToken ct);
    Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> spec, CancellationToken ct);
    /// <summary>Counts what the specification's criteria select, ignoring its ordering and paging.</summary>
    Task<int> CountAsync(ISpecification<T> spec, CancellationToken ct);
    Task<bool> AnyAsync(ISpecification<T> spec, CancellationToken ct);
}

public interface IRepository<T> : IReadRepository<T> where T : class
{
    void Add(T entity);
    void Remove(T entity);
    /// <summary>Stops tracking the entity: a later save of the unit of work leaves it as it is stored.</summary>
    void Forget(T entity);
    /// <summary>Saves all tracked changes of the unit of work; a refused overlapping booking raises BookingOverlapException.</summary>
    Task SaveChangesAsync(CancellationToken ct);
}
