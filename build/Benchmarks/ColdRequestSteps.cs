using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RecordingStudio.Infrastructure.Persistence.Studio;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.Benchmarks;

/// <summary>
/// What a request to a studio whose pool holds no connection costs, step by step, measured in-process: the catalog
/// lookup, making the pool object, starting a PostgreSQL backend, the type loading the app no longer does, EF's model
/// (once per process) and the request's two queries.
/// </summary>
internal static class ColdRequestSteps
{
    public const int Samples = 20;

    public static async Task<string> MeasureAsync(ServiceProvider services, string subdomain)
    {
        var resolver = services.GetRequiredService<TenantResolver>();
        var tenant = (await resolver.ResolveSubdomainAsync(subdomain, CancellationToken.None)).Tenant!;
        var connectionString = services.GetRequiredService<DatabaseServers>().ForTenant(tenant.ServerKey, tenant.DatabaseName);
        var (catalog, create, backend, typed, queries) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        double? model = null;

        static double Since(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        for (var i = 0; i < Samples; i++)
        {
            resolver.Forget(subdomain);
            var started = Stopwatch.GetTimestamp();
            await resolver.ResolveSubdomainAsync(subdomain, CancellationToken.None);
            catalog.Add(Since(started));

            started = Stopwatch.GetTimestamp();
            await using (var dataSource = new NpgsqlDataSourceBuilder(connectionString).ConfigureTypeLoading(t => t.EnableTypeLoading(false)).Build())
            {
                create.Add(Since(started));
                started = Stopwatch.GetTimestamp();
                await using var connection = await dataSource.OpenConnectionAsync();
                backend.Add(Since(started));

                started = Stopwatch.GetTimestamp();
                await using var context = new StudioDbContext(((DbContextOptionsBuilder<StudioDbContext>)StudioDbContextOptions.Configure(
                    new DbContextOptionsBuilder<StudioDbContext>(), connection)).Options);
                await context.Clients.CountAsync();
                await context.Clients.OrderBy(c => c.Name).Take(25).ToListAsync();
                if (model is null) model = Since(started);
                else queries.Add(Since(started));
            }

            started = Stopwatch.GetTimestamp();
            await using (var loading = NpgsqlDataSource.Create(connectionString))
            await using (await loading.OpenConnectionAsync())
                typed.Add(Since(started));
        }

        var backendMedian = ScaleBenchmark.Median(backend);
        return $"""
            | step | median |
            |---|---|
            | catalog lookup (subdomain → studio; skipped while the entry is cached) | {ScaleBenchmark.Median(catalog):0.00} ms |
            | making the studio's pool object (`NpgsqlDataSource`; once per studio per process) | {ScaleBenchmark.Median(create):0.000} ms |
            | starting a PostgreSQL backend (TCP, startup, authentication, fork) | {backendMedian:0.00} ms |
            | type loading on a new data source (what the app no longer does) | {ScaleBenchmark.Median(typed) - backendMedian:0.00} ms |
            | EF Core's model (once per process) | {model - ScaleBenchmark.Median(queries):0} ms |
            | the request's two queries (count and first page of clients) | {ScaleBenchmark.Median(queries):0.00} ms |
            """;
    }
}
