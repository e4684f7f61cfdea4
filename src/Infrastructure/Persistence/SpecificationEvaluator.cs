using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace RecordingStudio.Infrastructure.Persistence;

/// <summary>
/// Applies Ardalis specifications to EF Core queries. The package's EF Core evaluator is not available here,
/// so this composes the base package's evaluators and adds the EF-specific parts (no-tracking, projection).
/// </summary>
internal static class SpecificationEvaluator
{
    public static IQueryable<T> Apply<T>(IQueryable<T> query, ISpecification<T> spec, bool criteriaOnly = false) where T : class
    {
        query = WhereEvaluator.Instance.GetQuery(query, spec);
        if (criteriaOnly) return query;
        query = OrderEvaluator.Instance.GetQuery(query, spec);
        query = PaginationEvaluator.Instance.GetQuery(query, spec);
        return spec.AsNoTracking ? query.AsNoTracking() : query;
    }

    public static IQueryable<TResult> Apply<T, TResult>(IQueryable<T> query, ISpecification<T, TResult> spec) where T : class =>
        spec.Selector is { } selector
            ? Apply(query, (ISpecification<T>)spec).Select(selector)
            : throw new InvalidOperationException($"{spec.GetType().Name} has no Select.");
}
