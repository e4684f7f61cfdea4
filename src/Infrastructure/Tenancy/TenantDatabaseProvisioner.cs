using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using RecordingStudio.Application.Common.Interfaces;
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
    ILogger<TenantDatabaseProvisioner> logger) : ITenantDatabaseProvisioner
{
    private const int TemplateBusyRetries = 5;

    public IReadOnlyList<string> ServerKeys => servers.Keys;

    public async Task<string> CreateDatabaseAsync(TenantDatabase database, CancellationToken ct)
    {
        var latest = migrator.LatestSchemaVersion;
        var templateIsCurrent = await catalog.TenantTemplates.AsNoTracking()
            .AnyAsync(t => t.ServerKey == database.ServerKey && t.SchemaVersion == latest, ct);
        var name = Sql.Quote(database.DatabaseName);

        if (templateIsCurrent)
        {
            await ExecuteAdminAsync(database.ServerKey, $"CREATE DATABASE {name} TEMPLATE {Sql.Quote(servers.TemplateDatabase)}", ct);
            return latest;
        }

        logger.LogWarning("No current template on server {Server}; creating {Database} empty and migrating it", database.ServerKey, database.DatabaseName);
        await ExecuteAdminAsync(database.ServerKey, $"CREATE DATABASE {name}", ct);
        return await migrator.MigrateTenantAsync(database, ct);
    }

    public async Task SeedAsync(TenantDatabase database, StudioSettings settings, CancellationToken ct)
    {
        await using var context = StudioDbContextOptions.CreateContext(servers.Unpooled(database.ServerKey, database.DatabaseName));
        if (!await context.Settings.AnyAsync(ct)) context.Settings.Add(settings);
        await context.SaveChangesAsync(ct);
    }

    public async Task DropDatabaseIfExistsAsync(TenantDatabase database, CancellationToken ct)
    {
        registry.Close(database.DatabaseName);
        await ExecuteAdminAsync(database.ServerKey, $"DROP DATABASE IF EXISTS {Sql.Quote(database.DatabaseName)} WITH (FORCE)", ct);
    }

    /// <summary>Runs DDL on the server's maintenance database; retries briefly while the template is being migrated (55006).</summary>
    private async Task ExecuteAdminAsync(string serverKey, string sql, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var admin = new NpgsqlConnection(servers.Admin(serverKey));
                await admin.OpenAsync(ct);
                await using var command = new NpgsqlCommand(sql, admin);
                await command.ExecuteNonQueryAsync(ct);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < TemplateBusyRetries)
            {
                await Task.Delay(200 * attempt, ct);
            }
        }
    }
}
