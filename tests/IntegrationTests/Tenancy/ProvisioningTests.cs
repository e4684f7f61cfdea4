using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Platform.Tenants.GetTenants;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class ProvisioningTests(PlatformFixture platform)
{
    [Theory]
    [InlineData(FaultyProvisioner.Step.AfterCreate)]
    [InlineData(FaultyProvisioner.Step.Seed)]
    public async Task A_failed_step_is_recorded_leaves_no_database_and_a_retry_succeeds(FaultyProvisioner.Step failingStep)
    {
        var faults = new FaultyProvisioner.Faults { FailAt = failingStep };
        await using var faultyOperator = platform.CreateOperator(services: services => services.AddScoped<ITenantDatabaseProvisioner>(sp =>
            new FaultyProvisioner(ActivatorUtilities.CreateInstance<TenantDatabaseProvisioner>(sp), faults)));
        var subdomain = PlatformFixture.UniqueSubdomain("faulty");
        var command = new ProvisionTenantCommand(subdomain, "Faulty Studio", "Europe/Paris");

        var error = await Should.ThrowAsync<ProvisioningFailedException>(() => platform.SendAsync(command, faultyOperator));
        error.InnerException!.Message.ShouldContain("injected");
        error.Message.ShouldNotContain("injected", Case.Sensitive, "the message is shown to the person who signed up");

        var failed = await TenantAsync(subdomain);
        failed.ProvisioningState.ShouldBe(ProvisioningState.Failed);
        failed.LastError!.ShouldContain("injected");
        (await DatabaseExistsAsync(failed.ServerKey!, failed.DatabaseName!)).ShouldBeFalse();
        var problem = await (await platform.App.ClientFor(subdomain).GetAsync("/api/clients")).ProblemAsync(404);
        problem.GetProperty("code").GetString().ShouldBe("studio_not_ready");

        faults.FailAt = null;
        var ready = await platform.SendAsync(command with { Owner = new StudioOwner("Fay", "fay@faulty.test", PlatformFixture.OwnerPassword) }, faultyOperator);
        ready.ProvisioningState.ShouldBe(ProvisioningState.Ready);
        (ready.DatabaseName, ready.ServerKey).ShouldBe((failed.DatabaseName, failed.ServerKey));
        (await DatabaseExistsAsync(ready.ServerKey!, ready.DatabaseName!)).ShouldBeTrue();
        platform.ForgetStudio(subdomain);
        var http = platform.App.ClientFor(subdomain);
        await http.SignInWithTokenAsync("fay@faulty.test", PlatformFixture.OwnerPassword);
        var settings = await (await http.GetAsync("/api/studio/settings")).ReadAsync<StudioSettingsDto>();
        (settings.StudioName, settings.TimeZone).ShouldBe(("Faulty Studio", "Europe/Paris"));
    }

    [Fact]
    public async Task A_taken_subdomain_is_a_409_and_the_existing_studio_is_untouched()
    {
        var (tenant, http) = await platform.CreateStudioAsync("taken");
        var conflict = await Should.ThrowAsync<ConflictException>(() =>
            platform.SendAsync(new ProvisionTenantCommand(tenant.Subdomain, "Impostor")));
        conflict.Code.ShouldBe("subdomain_taken");
        (await (await http.GetAsync("/api/studio/settings")).ReadAsync<StudioSettingsDto>()).StudioName.ShouldBe(tenant.Name);
    }

    [Fact]
    public async Task Without_a_current_template_a_studio_is_created_empty_and_migrated()
    {
        await platform.PlatformScalarAsync("UPDATE tenant_templates SET schema_version = 'outdated'");
        try
        {
            var (tenant, http) = await platform.CreateStudioAsync("fallback");
            tenant.ProvisioningState.ShouldBe(ProvisioningState.Ready);
            tenant.SchemaVersion.ShouldBe(await TemplateVersionOnDiskAsync());
            (await http.PostJsonAsync("/api/rooms", new { name = "Studio A", hourlyRate = 80 })).StatusCode.ShouldBe(HttpStatusCode.Created);
            // The exclusion constraints come from the migrations too.
            (await platform.ScalarAsync(tenant.ServerKey!, tenant.DatabaseName!,
                "SELECT count(*) FROM pg_constraint WHERE conname LIKE 'ex_sessions_%'")).ShouldBe(2L);
        }
        finally
        {
            await platform.PlatformScalarAsync(
                $"UPDATE tenant_templates SET schema_version = '{await TemplateVersionOnDiskAsync()}'");
        }
    }

    private Task<object?> TemplateVersionOnDiskAsync() =>
        platform.ScalarAsync("main", platform.TemplateDatabase, "SELECT max(migration_id) FROM \"__EFMigrationsHistory\"");

    private async Task<Application.Platform.Tenants.TenantDto> TenantAsync(string subdomain) =>
        (await platform.SendAsync(new GetTenantsQuery())).Single(t => t.Subdomain == subdomain);

    private async Task<bool> DatabaseExistsAsync(string serverKey, string database) =>
        await platform.ScalarAsync(serverKey, "postgres", $"SELECT count(*) FROM pg_database WHERE datname = '{database}'") is 1L;
}

/// <summary>The real provisioner with a failure injected at one step, to prove failures are recorded and retryable.</summary>
public sealed class FaultyProvisioner(ITenantDatabaseProvisioner inner, FaultyProvisioner.Faults faults) : ITenantDatabaseProvisioner
{
    public enum Step { AfterCreate, Seed }

    public sealed class Faults
    {
        public Step? FailAt { get; set; }
    }

    public IReadOnlyList<string> ServerKeys => inner.ServerKeys;

    public async Task<string> CreateDatabaseAsync(TenantDatabase database, CancellationToken ct)
    {
        var version = await inner.CreateDatabaseAsync(database, ct);
        if (faults.FailAt == Step.AfterCreate) throw new InvalidOperationException("injected failure after CREATE DATABASE");
        return version;
    }

    public Task SeedAsync(TenantDatabase database, StudioSettings settings, StudioOwner? owner, CancellationToken ct) =>
        faults.FailAt == Step.Seed ? throw new InvalidOperationException("injected failure while seeding") : inner.SeedAsync(database, settings, owner, ct);

    public Task CreateEmptyDatabaseAsync(TenantDatabase database, CancellationToken ct) => inner.CreateEmptyDatabaseAsync(database, ct);

    public Task DropDatabaseIfExistsAsync(TenantDatabase database, CancellationToken ct) => inner.DropDatabaseIfExistsAsync(database, ct);
}

/// <summary>Holds seeding until the test lets it go, honouring the token it is given as the real steps do.</summary>
public sealed class GatedProvisioner(ITenantDatabaseProvisioner inner, GatedProvisioner.Gate gate) : ITenantDatabaseProvisioner
{
    public sealed class Gate
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public IReadOnlyList<string> ServerKeys => inner.ServerKeys;

    public Task<string> CreateDatabaseAsync(TenantDatabase database, CancellationToken ct) => inner.CreateDatabaseAsync(database, ct);

    public async Task SeedAsync(TenantDatabase database, StudioSettings settings, StudioOwner? owner, CancellationToken ct)
    {
        gate.Entered.TrySetResult();
        await gate.Release.Task.WaitAsync(ct);
        await inner.SeedAsync(database, settings, owner, ct);
    }

    public Task CreateEmptyDatabaseAsync(TenantDatabase database, CancellationToken ct) => inner.CreateEmptyDatabaseAsync(database, ct);

    public Task DropDatabaseIfExistsAsync(TenantDatabase database, CancellationToken ct) => inner.DropDatabaseIfExistsAsync(database, ct);
}
