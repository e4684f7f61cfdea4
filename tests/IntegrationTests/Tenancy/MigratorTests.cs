using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Application.Platform.Tenants.GetTenants;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.TestSupport;

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

        using var metrics = new RecordedMetrics("rsm.migrations", "rsm.migration.duration");
        var report = await platform.SendAsync(new MigrateTenantsCommand(Parallelism: 4));

        report.Succeeded.ShouldBeFalse();
        // The operator's dashboards see it too: one studio failed, the others and the platform succeeded.
        metrics.Of("rsm.migrations", ("target", "studio"), ("outcome", "failed")).Sum().ShouldBe(1);
        metrics.Of("rsm.migrations", ("target", "studio"), ("outcome", "succeeded")).Sum().ShouldBeGreaterThanOrEqualTo(11);
        metrics.Of("rsm.migrations", ("target", "platform"), ("outcome", "succeeded")).Sum().ShouldBe(1);
        metrics.Of("rsm.migration.duration", ("target", "studio")).ShouldAllBe(ms => ms > 0);
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

    /// <summary>Reports through a callback at once, on the reporting thread.</summary>
    private sealed class OnResult(Action<MigrationResult> action) : IProgress<MigrationResult>
    {
        public void Report(MigrationResult value) => action(value);
    }

    [Fact]
    public async Task A_stopped_run_keeps_what_it_did_in_the_catalog_and_the_next_run_continues()
    {
        // Last in subdomain order, so the run reaches them after every other studio of the fixture.
        var studios = new List<TenantDto>();
        for (var i = 0; i < 5; i++) studios.Add((await platform.CreateStudioAsync($"zzstop{i}")).Tenant);
        var ids = string.Join(",", studios.Select(s => $"'{s.Id}'"));
        await platform.PlatformScalarAsync($"UPDATE tenant_databases SET schema_version = 'older' WHERE organization_id IN ({ids})");
        var ours = studios.Select(s => s.Subdomain).ToHashSet();

        using var stop = new CancellationTokenSource();
        var reported = new List<string>();
        var progress = new OnResult(result =>
        {
            if (!ours.Contains(result.Target)) return;
            lock (reported) reported.Add(result.Target);
            if (reported.Count == 2) stop.Cancel(); // Ctrl-C after the second of ours
        });
        await using var scope = platform.Operator.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<Mediator.ISender>()
            .Send(new MigrateTenantsCommand(Parallelism: 1, Progress: progress), stop.Token);

        report.Interrupted.ShouldBeTrue();
        report.Succeeded.ShouldBeFalse();
        var catalog = (await platform.SendAsync(new GetTenantsQuery())).Where(t => ours.Contains(t.Subdomain)).ToList();
        var done = catalog.Where(t => t.SchemaVersion != "older").Select(t => t.Subdomain).ToList();
        done.ShouldBe(reported, ignoreOrder: true, "each studio reported is in the catalog, and only those");
        done.Count.ShouldBeInRange(2, 3); // the one in flight when it stopped finishes too
        report.Tenants.Select(t => t.Target).Where(ours.Contains).ShouldBe(done, ignoreOrder: true);

        var rerun = await platform.SendAsync(new MigrateTenantsCommand(Parallelism: 4));
        rerun.Interrupted.ShouldBeFalse();
        (await platform.SendAsync(new GetTenantsQuery())).Where(t => ours.Contains(t.Subdomain)).ShouldAllBe(t => t.SchemaVersion != "older");
    }
}
