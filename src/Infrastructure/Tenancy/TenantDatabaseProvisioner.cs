using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Infrastructure.Persistence.Platform;
using RecordingStudio.Infrastructure.Persistence.Studio;

namespace RecordingStudio.Infrastructure.Tenancy;

public sealed class TenantDatabaseProvisioner(
    DatabaseServers servers,
    PlatformDbContext catalog,
    TenantSchemaMigrator migrator,
    TenantDataSourceRegistry registry,
    SpareDatabases spares,
    IServiceScopeFactory scopes,
    ILogger<TenantDatabaseProvisioner> logger) : ITenantDatabaseProvisioner
{
    public IReadOnlyList<string> ServerKeys => servers.Keys;

    public async Task<string> CreateDatabaseAsync(TenantDatabase database, CancellationToken ct)
    {
        var latest = migrator.LatestSchemaVersion;
        var templateIsCurrent = await catalog.TenantTemplates.AsNoTracking()
            .AnyAsync(t => t.ServerKey == database.ServerKey && t.SchemaVersion == latest, ct);
        var name = Sql.Quote(database.DatabaseName);

        if (templateIsCurrent)
        {
            // A spare made ahead of time from the current template is renamed in a moment; otherwise the clone is made now.
            if (await spares.TryClaimAsync(database.ServerKey, database.DatabaseName, latest, ct)) return latest;
            await ExecuteAdminAsync(database.ServerKey, $"CREATE DATABASE {name} TEMPLATE {Sql.Quote(servers.TemplateDatabase)}", ct);
            return latest;
        }

        logger.LogWarning("No current template on server {Server}; creating {Database} empty and migrating it", database.ServerKey, database.DatabaseName);
        await ExecuteAdminAsync(database.ServerKey, $"CREATE DATABASE {name}", ct);
        return await migrator.MigrateTenantAsync(database, ct);
    }

    public Task CreateEmptyDatabaseAsync(TenantDatabase database, CancellationToken ct) =>
        ExecuteAdminAsync(database.ServerKey, $"CREATE DATABASE {Sql.Quote(database.DatabaseName)}", ct);

    public async Task SeedAsync(TenantDatabase database, StudioSettings settings, StudioOwner? owner, CancellationToken ct)
    {
        await using (var context = StudioDbContextOptions.CreateContext(servers.Unpooled(database.ServerKey, database.DatabaseName)))
        {
            if (!await context.Settings.AnyAsync(ct)) context.Settings.Add(settings);
            await context.SaveChangesAsync(ct);
        }
        if (owner is null) return;

        // The owner goes through Identity (hashing, stamps) inside the new studio, as if it were its own request.
        var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<TenantContext>().EnterAsync(new TenantInfo(database.OrganizationId, "",
                settings.StudioName, OrganizationStatus.Active, database.DatabaseName, database.ServerKey), ct);
            var accounts = scope.ServiceProvider.GetRequiredService<IAccountDirectory>();
            if (await accounts.FindByEmailAsync(owner.Email, ct) is null)
                await accounts.CreateAsync(new NewAccount(owner.Email, owner.Name, AccountRole.Owner), owner.Password, ct);
        }
        finally
        {
            // That scope opened a pool on the new database; provisioning should not keep a connection to every studio it makes.
            await scope.DisposeAsync();
            registry.Close(database.DatabaseName);
        }
    }

    public async Task DropDatabaseIfExistsAsync(TenantDatabase database, CancellationToken ct)
    {
        registry.Close(database.DatabaseName);
        await ExecuteAdminAsync(database.ServerKey, $"DROP DATABASE IF EXISTS {Sql.Quote(database.DatabaseName)} WITH (FORCE)", ct);
    }

    private Task ExecuteAdminAsync(string serverKey, string sql, CancellationToken ct) => Sql.ExecuteAdminAsync(servers, serverKey, sql, ct);
}
