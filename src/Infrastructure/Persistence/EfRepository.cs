using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Infrastructure.Persistence.Platform;
using RecordingStudio.Infrastructure.Persistence.Studio;

namespace RecordingStudio.Infrastructure.Persistence;

/// <summary>
/// The repository for every aggregate, in the database whose context maps it (<see cref="EntityDatabases"/>): the
/// platform catalog or the request's studio database. All repositories of a scope share their context, so one
/// SaveChanges is one unit of work.
/// </summary>
internal sealed class EfRepository<T>(IServiceProvider services) : IRepository<T> where T : class
{
    private readonly DbContext _db = EntityDatabases.Of(typeof(T), services) == EntityDatabase.Platform
        ? services.GetRequiredService<PlatformDbContext>()
        : services.GetRequiredService<StudioDbContext>();

    private DbSet<T> Set => _db.Set<T>();

    public async Task<T?> GetByIdAsync<TKey>(TKey id, CancellationToken ct) where TKey : notnull =>
        await Set.FindAsync([id], ct);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> spec, CancellationToken ct) =>
        SpecificationEvaluator.Apply(Set, spec).FirstOrDefaultAsync(ct);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> spec, CancellationToken ct) =>
        SpecificationEvaluator.Apply(Set, spec).FirstOrDefaultAsync(ct);

    public Task<List<T>> ListAsync(ISpecification<T> spec, CancellationToken ct) =>
        SpecificationEvaluator.Apply(Set, spec).ToListAsync(ct);

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> spec, CancellationToken ct) =>
        SpecificationEvaluator.Apply(Set, spec).ToListAsync(ct);

    public Task<int> CountAsync(ISpecification<T> spec, CancellationToken ct) =>
        SpecificationEvaluator.Apply(Set, spec, criteriaOnly: true).CountAsync(ct);

    public Task<bool> AnyAsync(ISpecification<T> spec, CancellationToken ct) =>
        SpecificationEvaluator.Apply(Set, spec, criteriaOnly: true).AnyAsync(ct);

    public void Add(T entity) => Set.Add(entity);

    public void Remove(T entity) => Set.Remove(entity);

    public void Forget(T entity) => _db.Entry(entity).State = EntityState.Detached;

    public async Task SaveChangesAsync(CancellationToken ct)
    {
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            ForgetFailed(ex);
            throw new ConcurrencyConflictException(ex);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation } pg)
        {
            ForgetFailed(ex);
            throw new BookingOverlapException(pg.ConstraintName ?? "exclusion", ex);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
        {
            // PostgreSQL gave this request up for a concurrent one: a conflict the caller can retry, not a fault.
            ForgetFailed(ex);
            throw new ConcurrencyConflictException(ex);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg)
        {
            ForgetFailed(ex);
            throw new UniqueConstraintException(pg.ConstraintName ?? "unique", ex);
        }
    }

    /// <summary>
    /// The refused changes are not retried by a later save of the same request (which still records, say, that an
    /// assistant action failed); everything else the unit of work tracks stays as it was.
    /// </summary>
    private static void ForgetFailed(DbUpdateException ex)
    {
        foreach (var entry in ex.Entries) entry.State = EntityState.Detached;
    }
}
