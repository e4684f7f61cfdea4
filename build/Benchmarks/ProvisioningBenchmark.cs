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
        var withSpare = await SignupRoundsAsync(platformConnection, rounds, spares: true);
        var withoutSpare = await SignupRoundsAsync(platformConnection, rounds, spares: false);

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

        Signup end to end on the idle machine — `POST /api/signup` to the app in Release, in its own process, from the request
        to its 201 (studio, Owner account with a hashed password, 14-day trial), {rounds} after one warm-up:

        | signup | median | min | max |
        |---|---|---|---|
        | a spare database ready (the shipped `Tenancy:SpareDatabases` 2; the next signup waits until the refill made one, as on an idle machine) | **{BenchmarkReport.Median(withSpare.Total):0} ms** (target ≤ 200 ms) | {withSpare.Total.Min():0} ms | {withSpare.Total.Max():0} ms |
        | baseline: no spare, `CREATE DATABASE … TEMPLATE` in the request (`SpareDatabases` 0) | {BenchmarkReport.Median(withoutSpare.Total):0} ms | {withoutSpare.Total.Min():0} ms | {withoutSpare.Total.Max():0} ms |

        **Ratio: {BenchmarkReport.Median(withoutSpare.Total) / BenchmarkReport.Median(withSpare.Total):0.0}× faster with a spare.** Of either, hashing the Owner's
        password (ASP.NET Core Identity's PBKDF2, measured alone) takes a median {BenchmarkReport.Median(withSpare.Hash):0} ms.

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

    private sealed record SignupTimes(List<double> Total, List<double> Hash);

    private static async Task<SignupTimes> SignupRoundsAsync(string platformConnection, int rounds, bool spares)
    {
        await using var app = await AppProcess.StartAsync(platformConnection, new Dictionary<string, string>
        {
            ["RateLimits__SignupsPerHour"] = "100000",
            ["Tenancy__SpareDatabases"] = spares ? "2" : "0",
        });
        var total = new List<double>();
        var hash = new List<double>();
        var hasher = new Microsoft.AspNetCore.Identity.PasswordHasher<object>();
        for (var round = -1; round < rounds; round++)
        {
            var subdomain = $"signup{round + 1}-{Guid.NewGuid():N}"[..20];
            using var request = new HttpRequestMessage(HttpMethod.Post, app.Url + "/api/signup")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new
                {
                    studio = new { name = "Signup Benchmark", subdomain, timeZone = "Europe/Paris", currency = "EUR" },
                    account = new { name = "Mara Boo", email = $"mara@{subdomain}.test" },
                    security = new { password = "benchmark-password", confirmPassword = "benchmark-password", acceptTerms = true },
                }),
            };
            request.Headers.Host = "localhost";
            while (spares && await ScaleBenchmark.ScalarAsync(platformConnection, "SELECT count(*) FROM spare_databases WHERE schema_version IS NOT NULL") == "0")
                await Task.Delay(50);
            var started = Stopwatch.GetTimestamp();
            using var response = await app.Http.SendAsync(request);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if ((int)response.StatusCode != 201) throw new InvalidOperationException($"Signup answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            started = Stopwatch.GetTimestamp();
            hasher.HashPassword(new object(), "benchmark-password");
            var hashMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (round < 0) continue;
            total.Add(ms);
            hash.Add(hashMs);
        }
        return new SignupTimes(total, hash);
    }
}
