using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using RecordingStudio.Cli;
using RecordingStudio.Cli.Commands;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Cli;

/// <summary>The `rsm` CLI run in-process against the test platform, exactly as an operator would type it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RsmCliTests(PlatformFixture platform)
{
    private Task<(int Exit, string Out, string Err)> Rsm(params string[] args) => platform.RsmAsync(args);

    [Fact]
    public async Task Create_list_and_migrate_a_studio()
    {
        var subdomain = PlatformFixture.UniqueSubdomain("cli");
        var created = await Rsm("tenants", "create", "--subdomain", subdomain, "--name", "CLI Studio", "--time-zone", "Europe/Berlin");
        created.Exit.ShouldBe(0, created.Err);
        created.Out.ShouldContain($"Created studio '{subdomain}'");

        var list = await Rsm("tenants", "list", "--json");
        list.Exit.ShouldBe(0, list.Err);
        var studio = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().Single(t => t.GetProperty("subdomain").GetString() == subdomain);
        studio.GetProperty("provisioningState").GetString().ShouldBe("ready");

        var table = await Rsm("tenants", "list");
        table.Out.ShouldContain(subdomain);

        var migrate = await Rsm("tenants", "migrate", "--studio", subdomain, "--parallel", "2");
        migrate.Exit.ShouldBe(0, migrate.Err + migrate.Out);
        migrate.Out.ShouldContain($"ok      {subdomain}");
        migrate.Out.ShouldContain("1 of 1 studio(s) migrated (1 at a time), 0 failure(s).");

        // The studio answers on its host (it asks for a sign-in, where an unknown studio would be a 404).
        (await platform.App.ClientFor(subdomain).GetAsync("/api/studio/settings")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_migration_run_exports_its_metrics_to_the_operators_otlp_collector()
    {
        var (tenant, _) = await platform.CreateStudioAsync("otlp");
        var exports = new ConcurrentQueue<(string Path, byte[] Body)>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["AllowedHosts"] = "*"; // not the test settings' host list: the exporter calls 127.0.0.1
        await using var collector = builder.Build(); // a stand-in OpenTelemetry collector (OTLP over HTTP)
        collector.MapFallback(async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            exports.Enqueue((request.Path, body.ToArray()));
            return Results.Ok();
        });
        await collector.StartAsync();

        // The built CLI as its own process, as the migrator container runs it: the operator's settings are its environment.
        var rsm = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "rsm.dll"), "tenants", "migrate", "--studio", tenant.Subdomain])
            { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in platform.Settings()) rsm.Environment[key.Replace(":", "__")] = value;
        rsm.Environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Urls.First();
        rsm.Environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        using var process = Process.Start(rsm)!;
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        var migrate = (Exit: process.ExitCode, Out: await output, Err: await error);

        migrate.Exit.ShouldBe(0, migrate.Err + migrate.Out);
        var metrics = exports.Where(e => e.Path == "/v1/metrics").Select(e => System.Text.Encoding.UTF8.GetString(e.Body)).ToList();
        metrics.ShouldNotBeEmpty($"the CLI exported its metrics before it exited (the collector had: {string.Join(", ", exports.Select(e => e.Path))})");
        metrics.ShouldContain(body => body.Contains("rsm.migrations") && body.Contains("rsm.migration.duration") && body.Contains("succeeded"));
    }

    [Theory]
    [InlineData("www", "reserved")]
    [InlineData("x", "lowercase letters")]
    public async Task Invalid_studio_is_one_clear_line_and_exit_code_1(string subdomain, string message)
    {
        var result = await Rsm("tenants", "create", "--subdomain", subdomain, "--name", "Nope");
        result.Exit.ShouldBe(1);
        result.Err.Trim().Split('\n').Length.ShouldBe(1);
        result.Err.ShouldStartWith("error: Subdomain:");
        result.Err.ShouldContain(message);
    }

    [Fact]
    public async Task Migrating_an_unknown_studio_fails_clearly()
    {
        var result = await Rsm("tenants", "migrate", "--tenant", "no-such-studio");
        result.Exit.ShouldBe(1);
        result.Err.ShouldContain("no-such-studio");
        var dryRun = await Rsm("tenants", "migrate", "--studio", "no-such-studio", "--dry-run");
        dryRun.Exit.ShouldBe(1);
        dryRun.Err.ShouldContain("Studio 'no-such-studio' was not found.");
    }

    [Fact]
    public async Task Missing_required_option_is_refused_before_anything_runs()
    {
        var result = await Rsm("tenants", "create", "--name", "No subdomain");
        result.Exit.ShouldNotBe(0);
        result.Err.ShouldContain("--subdomain");
    }

    [Fact]
    public async Task Demo_seed_is_idempotent()
    {
        var subdomain = PlatformFixture.UniqueSubdomain("demo");
        var first = await Rsm("demo", "seed", "--subdomain", subdomain);
        first.Exit.ShouldBe(0, first.Err);
        first.Out.ShouldContain("Filled");
        var second = await Rsm("demo", "seed", "--subdomain", subdomain);
        second.Exit.ShouldBe(0, second.Err);
        second.Out.ShouldContain("already has data");

        var http = platform.App.ClientFor(subdomain);
        await http.SignInWithTokenAsync(DemoCommands.OwnerEmail, DemoCommands.OwnerPassword);
        var sessions = await (await http.GetAsync("/api/sessions?pageSize=100")).Content.ReadAsStringAsync();
        JsonDocument.Parse(sessions).RootElement.GetProperty("totalCount").GetInt32().ShouldBe(14);
    }

    [Fact]
    public async Task The_list_shows_each_databases_size_and_the_last_sign_in()
    {
        var (signedIn, _) = await platform.CreateStudioAsync("cli-activity");
        var quiet = await platform.SendAsync(new Application.Platform.Tenants.ProvisionTenant.ProvisionTenantCommand(PlatformFixture.UniqueSubdomain("cli-quiet"), "Quiet"));

        var list = await Rsm("tenants", "list", "--json");
        var studios = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().ToDictionary(t => t.GetProperty("subdomain").GetString()!);
        studios[signedIn.Subdomain].GetProperty("lastActivityAt").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        studios[quiet.Subdomain].GetProperty("lastActivityAt").ValueKind.ShouldBe(JsonValueKind.Null);
        studios[signedIn.Subdomain].GetProperty("databaseBytes").GetInt64().ShouldBeGreaterThan(1_000_000);
        (await Rsm("tenants", "list")).Out.ShouldContain("LAST ACTIVITY");
    }

    [Fact]
    public async Task Db_status_and_dry_run_list_pending_migrations_without_changing_anything()
    {
        var (tenant, _) = await platform.CreateStudioAsync("cli-status");
        var status = await Rsm("db", "status");
        status.Exit.ShouldBe(0, status.Err);
        status.Out.ShouldContain("current  platform");
        status.Out.ShouldContain("current  template@main");
        status.Out.ShouldContain("current  template@second");
        status.Out.ShouldContain($"current  {tenant.Subdomain}");

        var dryRun = await Rsm("tenants", "migrate", "--dry-run", "--tenant", tenant.Subdomain);
        dryRun.Out.ShouldContain($"current  {tenant.Subdomain}");
        dryRun.Out.ShouldNotContain("ok      ");
    }

    [Fact]
    public async Task Create_with_a_count_makes_that_many_studios_each_with_its_owner()
    {
        var prefix = PlatformFixture.UniqueSubdomain("bulk");
        var created = await Rsm("tenants", "create", "--subdomain", prefix, "--name", "Bulk", "--count", "3",
            "--owner-email", "owner@{subdomain}.test", "--owner-password", PlatformFixture.OwnerPassword);
        created.Exit.ShouldBe(0, created.Err);
        created.Out.ShouldContain("3 of 3 studio(s) created.");
        for (var i = 1; i <= 3; i++)
        {
            var subdomain = $"{prefix}-{i:D4}";
            created.Out.ShouldContain($"Created studio '{subdomain}' (Bulk {i})");
            await platform.App.ClientFor(subdomain).SignInWithTokenAsync($"owner@{subdomain}.test", PlatformFixture.OwnerPassword);
        }
    }

    [Fact]
    public async Task Doctor_checks_the_servers_and_names_a_stuck_studio()
    {
        var (tenant, _) = await platform.CreateStudioAsync("cli-doctor");
        await platform.PlatformScalarAsync($"UPDATE tenant_databases SET state = 'Failed', last_error = 'disk full' WHERE database_name = '{tenant.DatabaseName}'");
        try
        {
            var doctor = await Rsm("doctor");
            doctor.Exit.ShouldBe(1);
            doctor.Out.ShouldContain("ok   server main: reachable");
            doctor.Out.ShouldContain("ok   server second: reachable");
            doctor.Out.ShouldContain("ok   template on main: current");
            doctor.Out.ShouldContain($"FAIL studio {tenant.Subdomain} is Failed: disk full");
        }
        finally
        {
            await platform.PlatformScalarAsync($"UPDATE tenant_databases SET state = 'Ready', last_error = null WHERE database_name = '{tenant.DatabaseName}'");
        }
    }
}
