using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Application.Platform.Tenants.GetTenants;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.IntegrationTests.Support;

namespace RecordingStudio.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class MigratorTests(PlatformFixture platform)
{
    [Fact]
    public async Task One_broken_studio_does_not_stop_the_others_and_a_rerun_after_repair_finishes()
    {
        var studios = new List<TenantDto>();
        for (var i = 0; i < 12; i++) studios.Add((await platform.CreateStudioAsync("mig")).Tenant);
        var broken = studios[5];
        var latest = broken.SchemaVersion!;
        // A database whose migrations history went missing: a realistic way for one studio to be broken.
        await platform.ScalarAsync(broken.ServerKey!, broken.DatabaseName!, "ALTER TABLE \"__EFMigrationsHistory\" RENAME TO history_lost");

        var report = await platform.SendAsync(new MigrateTenantsCommand(Parallelism: 4));

        report.Succeeded.ShouldBeFalse();
        report.Platform.Succeeded.ShouldBeTrue();
        report.Templates.ShouldAllBe(t => t.Succeeded);
        var failure = report.Tenants.Single(r => !r.Succeeded);
        failure.Target.ShouldBe(broken.Subdomain);
        failure.Error.ShouldNotBeNullOrWhiteSpace();
        report.Tenants.Where(r => studios.Any(s => s.Subdomain == r.Target) && r.Target != broken.Subdomain)
            .ShouldAllBe(r => r.Succeeded && r.SchemaVersion == latest);

        var catalog = (await platform.SendAsync(new GetTenantsQuery())).ToDictionary(t => t.Subdomain);
        catalog[broken.Subdomain].LastError.ShouldBe(failure.Error);
        studios.Where(s => s != broken).ShouldAllBe(s => catalog[s.Subdomain].SchemaVersion == latest && catalog[s.Subdomain].LastError == null);

        await platform.ScalarAsync(broken.ServerKey!, broken.DatabaseName!, "ALTER TABLE history_lost RENAME TO \"__EFMigrationsHistory\"");
        var rerun = await platform.SendAsync(new MigrateTenantsCommand(broken.Subdomain));
        rerun.Succeeded.ShouldBeTrue();
        rerun.Tenants.Single().Target.ShouldBe(broken.Subdomain);
        (await platform.SendAsync(new GetTenantsQuery())).Single(t => t.Subdomain == broken.Subdomain).LastError.ShouldBeNull();
    }
}
