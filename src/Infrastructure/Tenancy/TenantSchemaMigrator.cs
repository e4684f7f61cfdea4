using Microsoft.EntityFrameworkCore;
using Npgsql;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Infrastructure.Persistence.Platform;
using RecordingStudio.Infrastructure.Persistence.Studio;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>Runs EF Core migrations on the platform database, the templates and studio databases, on unpooled connections.</summary>
public sealed class TenantSchemaMigrator(DatabaseServers servers, PlatformDbContext catalog, TimeProvider clock) : ITenantSchemaMigrator
{
    private static readonly Lazy<string> Latest = new(() =>
    {
        using var context = StudioDbContextOptions.CreateContext("Host=localhost");
        return context.Database.GetMigrations().Last();
    });

    public string LatestSchemaVersion => Latest.Value;

    public async Task<string> MigratePlatformAsync(CancellationToken ct)
    {
        await catalog.Database.MigrateAsync(ct);
        return (await catalog.Database.GetAppliedMigrationsAsync(ct)).Last();
    }

    public async Task<string> MigrateTemplateAsync(string serverKey, CancellationToken ct)
    {
        var template = servers.TemplateDatabase;
        await CreateDatabaseIfMissingAsync(serverKey, template, ct);
        var version = await MigrateAsync(servers.Unpooled(serverKey, template), ct);

        var record = await catalog.TenantTemplates.FindAsync([serverKey], ct);
        if (record is null)
        {
            record = new TenantTemplate { ServerKey = serverKey, DatabaseName = template };
            catalog.TenantTemplates.Add(record);
        }
        record.DatabaseName = template;
        record.SchemaVersion = version;
        record.MigratedAt = clock.GetUtcNow();
        await catalog.SaveChangesAsync(ct);
        return version;
    }

    public Task<string> MigrateTenantAsync(TenantDatabase database, CancellationToken ct) =>
        MigrateAsync(servers.Unpooled(database.ServerKey, database.DatabaseName), ct);

    public async Task<IReadOnlyList<string>> PendingPlatformAsync(CancellationToken ct) =>
        (await catalog.Database.GetPendingMigrationsAsync(ct)).ToList();

    public Task<IReadOnlyList<string>> PendingTemplateAsync(string serverKey, CancellationToken ct) =>
        PendingAsync(servers.Unpooled(serverKey, servers.TemplateDatabase), ct);

    public Task<IReadOnlyList<string>> PendingTenantAsync(TenantDatabase database, CancellationToken ct) =>
        PendingAsync(servers.Unpooled(database.ServerKey, database.DatabaseName), ct);

    private static async Task<IReadOnlyList<string>> PendingAsync(string connectionString, CancellationToken ct)
    {
        await using var context = StudioDbContextOptions.CreateContext(connectionString);
        return (await context.Database.GetPendingMigrationsAsync(ct)).ToList();
    }

    private static async Task<string> MigrateAsync(string connectionString, CancellationToken ct)
    {
        await using var context = StudioDbContextOptions.CreateContext(connectionString);
        await context.Database.MigrateAsync(ct);
        return (await context.Database.GetAppliedMigrationsAsync(ct)).Last();
    }

    private async Task CreateDatabaseIfMissingAsync(string serverKey, string database, CancellationToken ct)
    {
        await using var admin = new NpgsqlConnection(servers.Admin(serverKey));
        await admin.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE {Sql.Quote(database)}", admin);
        await create.ExecuteNonQueryAsync(ct);
    }
}
