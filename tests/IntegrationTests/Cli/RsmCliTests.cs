using System.Net;
using System.Text.Json;
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
