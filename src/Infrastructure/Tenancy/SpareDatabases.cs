using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RecordingStudio.Infrastructure.Persistence.Platform;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>
/// A few studio databases per server made ahead of time from the current template (Tenancy:SpareDatabases), so
/// provisioning renames one — a catalog update, instantly — instead of waiting for CREATE DATABASE, which copies the
/// template (150–350 ms here, more under load). Spares of an older schema are never handed out; the refill, which one
/// instance at a time runs in the background, replaces them after a migration.
/// </summary>
public sealed class SpareDatabases(
    DatabaseServers servers, IServiceScopeFactory scopes, IOptions<TenancyOptions> options, TimeProvider clock, ILogger<SpareDatabases> logger)
{
    private const string Prefix = "rsm_spare_";
    // Any fixed number: the refill's advisory lock in the platform database, so one instance refills at a time.
    private const long RefillLock = 0x7273_6d5f_7370_6172;
    private readonly SemaphoreSlim _wanted = new(0);

    /// <summary>Renames a current spare of the server to the studio's database name; false when none is ready.</summary>
    public async Task<bool> TryClaimAsync(string serverKey, string databaseName, string latestVersion, CancellationToken ct)
    {
        if (options.Value.SpareDatabases <= 0) return false;
        await using var scope = scopes.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        // SKIP LOCKED: two signups at once take two different spares.
        var spare = (await catalog.Database.SqlQuery<string>($"""
            DELETE FROM spare_databases WHERE database_name = (
                SELECT database_name FROM spare_databases WHERE server_key = {serverKey} AND schema_version = {latestVersion}
                ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING database_name AS "Value"
            """).ToListAsync(ct)).SingleOrDefault();
        if (spare is null) return false;
        _wanted.Release();
        try
        {
            await Sql.ExecuteAdminAsync(servers, serverKey, $"ALTER DATABASE {Sql.Quote(spare)} RENAME TO {Sql.Quote(databaseName)}", ct);
            return true;
        }
        catch (PostgresException ex)
        {
            logger.LogWarning(ex, "The spare database {Spare} could not be handed out; creating {Database} instead", spare, databaseName);
            await DropAsync(serverKey, spare);
            return false;
        }
    }

    /// <summary>Waits until a spare is wanted (one was handed out) or the period passes.</summary>
    public Task<bool> WantedAsync(TimeSpan period, CancellationToken ct) => _wanted.WaitAsync(period, ct);

    /// <summary>
    /// Brings every server with a current template to its number of current spares, and drops spares of another schema
    /// (or left half-made). Skips, returning -1, while another instance refills.
    /// </summary>
    public async Task<int> RefillAsync(string latestVersion, CancellationToken ct)
    {
        var target = options.Value.SpareDatabases;
        if (target <= 0) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await using var turn = await catalog.Database.BeginTransactionAsync(ct);
        if (!(await catalog.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({RefillLock}) AS \"Value\"").ToListAsync(ct))[0]) return -1;

        var made = 0;
        var currentTemplates = await catalog.TenantTemplates.AsNoTracking().Where(t => t.SchemaVersion == latestVersion).Select(t => t.ServerKey).ToListAsync(ct);
        var halfMadeBefore = clock.GetUtcNow().AddMinutes(-10);
        foreach (var serverKey in servers.Keys)
        {
            var spares = await catalog.SpareDatabases.Where(d => d.ServerKey == serverKey).ToListAsync(ct);
            foreach (var stale in spares.Where(d => d.SchemaVersion is null ? d.CreatedAt < halfMadeBefore : d.SchemaVersion != latestVersion))
            {
                await DropAsync(serverKey, stale.DatabaseName);
                catalog.SpareDatabases.Remove(stale);
            }
            await catalog.SaveChangesAsync(ct);
            if (!currentTemplates.Contains(serverKey)) continue;

            for (var ready = spares.Count(d => d.SchemaVersion == latestVersion); ready < target; ready++)
            {
                // Recorded first (half-made), so a spare whose making is interrupted is found and dropped later.
                var spare = new SpareDatabase
                {
                    DatabaseName = Prefix + Guid.NewGuid().ToString("N")[..16],
                    ServerKey = serverKey,
                    CreatedAt = clock.GetUtcNow(),
                };
                catalog.SpareDatabases.Add(spare);
                await catalog.SaveChangesAsync(ct);
                await Sql.ExecuteAdminAsync(servers, serverKey,
                    $"CREATE DATABASE {Sql.Quote(spare.DatabaseName)} TEMPLATE {Sql.Quote(servers.TemplateDatabase)}", ct);
                spare.SchemaVersion = latestVersion;
                await catalog.SaveChangesAsync(ct);
                made++;
            }
        }
        await turn.CommitAsync(ct);
        return made;
    }

    private async Task DropAsync(string serverKey, string database)
    {
        try
        {
            await Sql.ExecuteAdminAsync(servers, serverKey, $"DROP DATABASE IF EXISTS {Sql.Quote(database)} WITH (FORCE)", CancellationToken.None);
        }
        catch (NpgsqlException ex)
        {
            logger.LogWarning(ex, "Could not drop the spare database {Spare} on {Server}", database, serverKey);
        }
    }
}

/// <summary>
/// Keeps the spares topped up: shortly after one is handed out (not at once, which would compete with the rest of that
/// signup; a burst of signups is refilled together), and every minute (after a migration, say).
/// </summary>
public sealed class SpareDatabaseRefill(SpareDatabases spares, ILogger<SpareDatabaseRefill> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan AfterAClaim = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            do
            {
                try
                {
                    await spares.RefillAsync(TenantSchemaMigrator.Latest, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Refilling the spare studio databases failed; trying again in a minute");
                }
                if (await spares.WantedAsync(Period, stoppingToken)) await Task.Delay(AfterAClaim, stoppingToken);
            }
            while (!stoppingToken.IsCancellationRequested);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
