using System.Net;
using RecordingStudio.Cli;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Cli;

/// <summary>The operator's studio lifecycle and help-desk commands, run in-process as `rsm` would run them.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RsmLifecycleTests(PlatformFixture platform)
{
    private Task<(int Exit, string Out, string Err)> Rsm(params string[] args) => platform.RsmAsync(args);

    private async Task Ok(params string[] args)
    {
        var result = await Rsm(args);
        result.Exit.ShouldBe(0, result.Err);
    }

    [Fact]
    public async Task Create_list_suspend_refuse_resume_answer()
    {
        var (tenant, http) = await platform.CreateStudioAsync("cli-life");
        (await Rsm("tenants", "list")).Out.ShouldContain(tenant.Subdomain);

        await Ok("tenants", "suspend", tenant.Subdomain, "--reason", "Unpaid invoice");
        platform.ForgetStudio(tenant.Subdomain);
        (await (await http.GetAsync("/api/clients")).ProblemAsync(403)).GetProperty("code").GetString().ShouldBe("studio_suspended");
        (await Rsm("tenants", "show", tenant.Subdomain)).Out.ShouldContain("status:      Suspended");

        await Ok("tenants", "resume", tenant.Subdomain);
        platform.ForgetStudio(tenant.Subdomain);
        (await http.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Extending_the_trial_lifts_trial_expired()
    {
        var (tenant, http) = await platform.CreateStudioAsync("cli-trial");
        await platform.PlatformScalarAsync($"UPDATE organizations SET trial_ends_at = now() - interval '1 day' WHERE subdomain = '{tenant.Subdomain}'");
        platform.ForgetStudio(tenant.Subdomain);
        (await (await http.PostJsonAsync("/api/clients", new { name = "Blocked" })).ProblemAsync(403)).GetProperty("code").GetString().ShouldBe("trial_expired");

        await Ok("tenants", "extend-trial", tenant.Subdomain, "--days", "30");
        platform.ForgetStudio(tenant.Subdomain);
        (await http.PostJsonAsync("/api/clients", new { name = "Allowed again" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Rsm("tenants", "extend-trial", tenant.Subdomain, "--days", "0")).Exit.ShouldBe(1);
    }

    [Fact]
    public async Task Unlock_lifts_a_lockout_and_reset_password_lets_the_user_sign_in()
    {
        var (tenant, _) = await platform.CreateStudioAsync("cli-desk");
        var http = platform.App.ClientFor(tenant.Subdomain);
        var email = PlatformFixture.OwnerEmail(tenant.Subdomain);
        for (var i = 0; i < 5; i++) await http.PostJsonAsync("/api/auth/token", new { email, password = "wrong-password" });
        await (await http.PostJsonAsync("/api/auth/token", new { email, password = PlatformFixture.OwnerPassword })).ProblemAsync(423);

        (await Rsm("staff", "unlock", "--tenant", tenant.Subdomain, "--email", email)).Out.ShouldContain("Cleared 1");
        await http.SignInWithTokenAsync(email, PlatformFixture.OwnerPassword);

        await Ok("staff", "reset-password", "--tenant", tenant.Subdomain, "--email", email, "--password", "help-desk-pass-1");
        await (await http.PostJsonAsync("/api/auth/token", new { email, password = PlatformFixture.OwnerPassword })).ProblemAsync(401);
        await http.SignInWithTokenAsync(email, "help-desk-pass-1");
    }

    [Fact]
    public async Task Staff_and_clients_are_listed_created_and_deactivated_through_the_same_queries()
    {
        var (tenant, owner) = await platform.CreateStudioAsync("cli-staff");
        await owner.PostJsonAsync("/api/clients", new { name = "Lena Diaz", email = "lena@example.com" });
        await Ok("staff", "create", "--studio", tenant.Subdomain, "--email", "mia@example.com", "--name", "Mia", "--role", "Manager", "--password", "manager-pass-1");
        (await Rsm("staff", "list", "--studio", tenant.Subdomain)).Out.ShouldContain("mia@example.com");
        var mia = platform.App.ClientFor(tenant.Subdomain);
        await mia.SignInWithTokenAsync("mia@example.com", "manager-pass-1");

        await Ok("staff", "deactivate", "--tenant", tenant.Subdomain, "--email", "mia@example.com");
        (await mia.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var clients = await Rsm("clients", "list", "--studio", tenant.Subdomain, "--search", "lena");
        clients.Out.ShouldContain("Lena Diaz");
        clients.Out.ShouldContain("1 client(s).");
        var unknown = (await Rsm("clients", "list", "--tenant", "no-such-studio")).Err;
        unknown.ShouldContain("no studio at 'no-such-studio'");
        unknown.ShouldContain("See `rsm tenants list`.");
    }

    [Fact]
    public async Task Export_delete_import_restores_every_client_and_session()
    {
        var studio = await StudioSeed.CreateAsync(platform, "cli-backup");
        var subdomain = studio.Subdomain;
        for (var i = 0; i < 4; i++) await studio.Http.PostJsonAsync("/api/clients", new { name = $"Client {i}", email = $"c{i}@example.com" });
        var booked = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, StudioSeed.At(10), StudioSeed.At(12), "Keep me")).ReadAsync<Application.Studio.Sessions.SessionDto>();
        await studio.BookAsync(studio.RoomB.Id, null, StudioSeed.At(13), StudioSeed.At(15), "Me too");
        var before = await (await studio.Http.GetAsync("/api/clients?pageSize=100")).ReadAsync<Application.Common.Models.PagedResult<Application.Studio.Clients.ClientDto>>();
        var file = Path.Combine(Path.GetTempPath(), $"{subdomain}.dump");

        (await Rsm("tenants", "delete", subdomain, "--confirm", "not-it")).Exit.ShouldBe(2);
        File.WriteAllText(file, "an older file under the same name, readable by all");
        File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
        await Ok("tenants", "delete", subdomain, "--confirm", subdomain, "--out", file);
        File.Exists(file).ShouldBeTrue();
        // It holds password and API key hashes and clients' personal data.
        File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        platform.ForgetStudio(subdomain);
        (await (await studio.Http.GetAsync("/api/clients")).ProblemAsync(404)).GetProperty("code").GetString().ShouldBe("studio_not_found");
        (await Rsm("tenants", "list")).Out.ShouldNotContain(subdomain);

        // The subdomain is free again: the export comes back under it.
        await Ok("tenants", "import", file, "--subdomain", subdomain, "--name", "Restored Studio");
        platform.ForgetStudio(subdomain);
        var restored = platform.App.ClientFor(subdomain);
        await restored.SignInWithTokenAsync(PlatformFixture.OwnerEmail(subdomain), PlatformFixture.OwnerPassword);
        var after = await (await restored.GetAsync("/api/clients?pageSize=100")).ReadAsync<Application.Common.Models.PagedResult<Application.Studio.Clients.ClientDto>>();
        after.Items.ShouldBe(before.Items);
        var sessions = await (await restored.GetAsync("/api/sessions")).ReadAsync<Application.Common.Models.PagedResult<Application.Studio.Sessions.SessionDto>>();
        sessions.TotalCount.ShouldBe(2);
        sessions.Items.ShouldContain(booked);
    }

    [Fact]
    public async Task Migrating_fifty_studios_with_one_broken_reports_it_exits_1_and_a_rerun_after_repair_finishes()
    {
        var studios = new List<Application.Platform.Tenants.TenantDto>();
        for (var i = 0; i < 50; i++)
            studios.Add(await platform.SendAsync(new Application.Platform.Tenants.ProvisionTenant.ProvisionTenantCommand(PlatformFixture.UniqueSubdomain("fifty"), $"Fifty {i}")));
        var broken = studios[17];
        await platform.ScalarAsync(broken.ServerKey!, broken.DatabaseName!, "ALTER TABLE \"__EFMigrationsHistory\" RENAME TO history_lost");

        var run = await Rsm("tenants", "migrate", "--parallel", "4");
        run.Exit.ShouldBe(1);
        run.Out.ShouldContain($"FAILED  {broken.Subdomain}:");
        foreach (var studio in studios.Where(s => s != broken)) run.Out.ShouldContain($"ok      {studio.Subdomain} (");
        run.Out.ShouldMatch(@"\d+ of \d+ studio\(s\) migrated \(4 at a time\), 1 failure\(s\)\.");

        await platform.ScalarAsync(broken.ServerKey!, broken.DatabaseName!, "ALTER TABLE history_lost RENAME TO \"__EFMigrationsHistory\"");
        var rerun = await Rsm("tenants", "migrate", "--tenant", broken.Subdomain);
        rerun.Exit.ShouldBe(0, rerun.Out + rerun.Err);
        rerun.Out.ShouldContain("1 of 1 studio(s) migrated (1 at a time), 0 failure(s).");
    }
}
