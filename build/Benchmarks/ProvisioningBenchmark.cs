using System.Diagnostics;
using System.Globalization;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Cli;

namespace RecordingStudio.Benchmarks;

/// <summary>
/// Provisioning a studio by cloning the migrated template vs. creating an empty database and running the migrations.
/// Both go through the same ProvisionTenantCommand; the runs alternate so disk noise hits both alike.
/// </summary>
public static class ProvisioningBenchmark
{
    public static async Task RunAsync(string platformConnection, string output, int rounds)
    {
        var configuration = CliApp.LoadConfiguration(new Dictionary<string, string?> { ["ConnectionStrings:Platform"] = platformConnection });
        await using var services = CliApp.BuildServices(configuration);

        async Task<T> Send<T>(ICommand<T> command)
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
        }

        async Task SetTemplateCurrent(bool current, string latest)
        {
            await using var connection = new NpgsqlConnection(platformConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE tenant_templates SET schema_version = @version", connection);
            command.Parameters.AddWithValue("version", current ? latest : "outdated");
            await command.ExecuteNonQueryAsync();
        }

        var report = await Send(new MigrateTenantsCommand());
        if (!report.Succeeded) throw new InvalidOperationException("Migration failed before the benchmark.");
        var latest = report.Templates[0].SchemaVersion!;

        var template = new List<double>();
        var empty = new List<double>();
        for (var round = -1; round < rounds; round++)
        {
            foreach (var fromTemplate in new[] { true, false })
            {
                await SetTemplateCurrent(fromTemplate, latest);
                var subdomain = $"bench-{(fromTemplate ? "t" : "e")}-{round + 1}-{Guid.NewGuid():N}"[..24];
                var started = Stopwatch.GetTimestamp();
                await Send(new ProvisionTenantCommand(subdomain, "Benchmark Studio", "Europe/Paris"));
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (round < 0) continue; // the first round warms up JIT and caches
                (fromTemplate ? template : empty).Add(ms);
            }
        }
        await SetTemplateCurrent(true, latest);

        var medianTemplate = BenchmarkReport.Median(template);
        var medianEmpty = BenchmarkReport.Median(empty);
        var ratio = medianEmpty / medianTemplate;
        var markdown = $"""
        `build/bench-provisioning.sh` — {rounds} rounds after one warm-up, alternating the two ways, each a full
        `ProvisionTenantCommand` (catalog row, database, studio settings, Ready) on a throwaway local PostgreSQL cluster.

        | way | median | min | max |
        |---|---|---|---|
        | `CREATE DATABASE … TEMPLATE` (migrated template) | {medianTemplate:0.0} ms | {template.Min():0.0} ms | {template.Max():0.0} ms |
        | empty database + EF Core migrations (fallback) | {medianEmpty:0.0} ms | {empty.Min():0.0} ms | {empty.Max():0.0} ms |

        **Ratio: provisioning from the template is {ratio:0.0}× faster** (median empty+migrations / median template).

        Measured {DateTimeOffset.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}, PostgreSQL {await ServerVersion()}.
        """;
        BenchmarkReport.WriteSection(output, "Provisioning a studio: template clone vs. empty database + migrations", markdown);

        async Task<string> ServerVersion()
        {
            await using var connection = new NpgsqlConnection(platformConnection);
            await connection.OpenAsync();
            return connection.PostgreSqlVersion.ToString();
        }
    }
}
