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
    private static readonly Lazy<IReadOnlyList<string>> AllStudioMigrations = new(() =>
    {
        using var context = StudioDbContextOptions.CreateContext("Host=localhost");
        return context.Database.GetMigrations().ToList();
    });

    public string LatestSchemaVersion => Latest;

    /// <summary>The newest studio migration this build knows.</summary>
    public static string Latest => AllStudioMigrations.Value[^1];

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

    /// <summary>
    /// One connection: a studio already at the latest version costs one query; only a studio behind runs EF Core's
    /// migrator (on the same connection).
    /// </summary>
    public async Task<string> MigrateTenantAsync(TenantDatabase database, CancellationToken ct)
    {
        await using var context = await OpenAsync(database, ct);
        if (await AppliedVersionAsync(context, ct) == LatestSchemaVersion) return LatestSchemaVersion;
        await context.Database.MigrateAsync(ct);
        return LatestSchemaVersion;
    }

    public async Task<int> FreeConnectionsAsync(string serverKey, CancellationToken ct)
    {
        await using var admin = new NpgsqlConnection(servers.Admin(serverKey));
        await admin.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int " +
            "- (SELECT count(*)::int FROM pg_stat_activity WHERE backend_type = 'client backend')", admin);
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }

    public async Task<IReadOnlyList<string>> PendingPlatformAsync(CancellationToken ct) =>
        (await catalog.Database.GetPendingMigrationsAsync(ct)).ToList();

    public Task<IReadOnlyList<string>> PendingTemplateAsync(string serverKey, CancellationToken ct) =>
        PendingAsync(servers.Unpooled(serverKey, servers.TemplateDatabase), ct);

    /// <summary>The migrations after the newest one the studio has: one query, as `tenants migrate` checks it.</summary>
    public async Task<IReadOnlyList<string>> PendingTenantAsync(TenantDatabase database, CancellationToken ct)
    {
        await using var context = await OpenAsync(database, ct);
        var applied = await AppliedVersionAsync(context, ct);
        return AllStudioMigrations.Value.Where(id => applied is null || string.CompareOrdinal(id, applied) > 0).ToList();
    }

    /// <summary>A studio context on one new, already open connection, kept for everything the caller does with it.</summary>
    private async Task<StudioDbContext> OpenAsync(TenantDatabase database, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(servers.Unpooled(database.ServerKey, database.DatabaseName));
        await connection.OpenAsync(ct);
        return new StudioDbContext(((DbContextOptionsBuilder<StudioDbContext>)StudioDbContextOptions.Configure(
            new DbContextOptionsBuilder<StudioDbContext>(), connection)).Options);
    }

    /// <summary>The newest migration recorded in a studio database (EF's history table); null when it has none.</summary>
    private static async Task<string?> AppliedVersionAsync(StudioDbContext context, CancellationToken ct) =>
        (await context.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault();

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
