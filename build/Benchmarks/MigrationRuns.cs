using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Application.Platform.Tenants.GetTenants;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.Infrastructure.Persistence.Studio;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.Benchmarks;

/// <summary>
/// `rsm tenants migrate` over every studio: with nothing pending, and with one migration to apply (every studio is
/// first taken back one migration). Baseline in the same run: the previous way — EF Core's migrator on a new
/// connection per studio, four at a time — over the first 200 studios.
/// </summary>
internal static class MigrationRuns
{
    public static async Task<string> MeasureAsync(ServiceProvider services)
    {
        var tenants = (await services.SendAsync(null, new GetTenantsQuery())).Where(t => t.DatabaseName is not null).ToList();
        var servers = services.GetRequiredService<DatabaseServers>();
        string Connection(TenantDto t) => servers.Unpooled(t.ServerKey!, t.DatabaseName!);
        var sample = tenants.Take(200).ToList();

        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(sample, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (tenant, ct) =>
        {
            await using var context = StudioDbContextOptions.CreateContext(Connection(tenant));
            await context.Database.MigrateAsync(ct);
            await context.Database.GetAppliedMigrationsAsync(ct);
        });
        var previousWay = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var current = await TimedAsync(services);

        // One migration behind everywhere: the latest one is taken back (its Down), catalog included.
        string latest, previous;
        await using (var probe = StudioDbContextOptions.CreateContext(Connection(tenants[0])))
        {
            var all = probe.Database.GetMigrations().ToList();
            (latest, previous) = (all[^1], all[^2]);
        }
        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (tenant, ct) =>
        {
            await using var context = StudioDbContextOptions.CreateContext(Connection(tenant));
            await context.GetService<IMigrator>().MigrateAsync(previous, cancellationToken: ct);
        });
        await using (var catalog = new NpgsqlConnection(services.GetRequiredService<IConfiguration>().GetConnectionString("Platform")))
        {
            await catalog.OpenAsync();
            await using var behind = new NpgsqlCommand("UPDATE tenant_databases SET schema_version = @previous WHERE schema_version = @latest", catalog);
            behind.Parameters.AddWithValue("previous", previous);
            behind.Parameters.AddWithValue("latest", latest);
            await behind.ExecuteNonQueryAsync();
        }
        var oneMigration = await TimedAsync(services);

        return $"""
            | `rsm tenants migrate` over {tenants.Count} studios | wall time | per studio | parallelism |
            |---|---|---|---|
            | nothing pending | **{current.Seconds:0.0} s** (target ≤ 10 s) | {current.Seconds * 1000 / tenants.Count:0.0} ms | {current.Parallelism} (from free connections) |
            | one migration to apply (`{latest}`) | **{oneMigration.Seconds:0.0} s** (target ≤ 60 s) | {oneMigration.Seconds * 1000 / tenants.Count:0.0} ms | {oneMigration.Parallelism} |
            | baseline, nothing pending, the previous way (EF Core's migrator per studio, 4 at a time), first {sample.Count} studios | {previousWay:0.0} s | {previousWay * 1000 / sample.Count:0.0} ms | 4 |

            **Ratio, nothing pending: {previousWay / sample.Count / (current.Seconds / tenants.Count):0.0}× faster per studio** than the previous way
            (one connection and the history read, no migrator, no catalog write when nothing changed).
            """;
    }

    private static async Task<(double Seconds, int Parallelism)> TimedAsync(ServiceProvider services)
    {
        var started = Stopwatch.GetTimestamp();
        var report = await services.SendAsync(null, new MigrateTenantsCommand());
        if (!report.Succeeded) throw new InvalidOperationException($"Migration failed: {report.Failed} failure(s).");
        return (Stopwatch.GetElapsedTime(started).TotalSeconds, report.Parallelism);
    }
}
