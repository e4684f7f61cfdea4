using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Infrastructure.Persistence.Platform;

namespace RecordingStudio.Infrastructure.Tenancy;

public sealed class PlatformDiagnostics(
    DatabaseServers servers, PlatformDbContext catalog, TenantSchemaMigrator migrator, IOptions<TenancyOptions> options, TimeProvider clock)
    : IPlatformDiagnostics
{
    /// <summary>Connections the CLI may hold on a server while migrating (its most studios at once).</summary>
    private const int OperatorReserve = 16;

    public async Task<IReadOnlyList<ServerHealth>> CheckServersAsync(CancellationToken ct)
    {
        var templates = await catalog.TenantTemplates.AsNoTracking().ToDictionaryAsync(t => t.ServerKey, t => t.SchemaVersion, ct);
        var seenSince = clock.GetUtcNow() - AppInstances.SeenWithin;
        var running = await catalog.AppInstances.AsNoTracking().Where(i => i.SeenAt >= seenSince).Select(i => i.ConnectionBudget).ToListAsync(ct);
        // Before the first instance starts, check the configuration it would start with.
        var budgets = running.Count > 0 ? running : [options.Value.ConnectionBudget];
        var health = new List<ServerHealth>();
        foreach (var key in servers.Keys)
        {
            var template = templates.GetValueOrDefault(key);
            var current = template == migrator.LatestSchemaVersion;
            var needed = budgets.Sum() + OperatorReserve
                         + (key == servers.PlatformServerKey ? budgets.Count /* listeners */ + options.Value.PlatformPoolSize /* the CLI's */ : 0);
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(servers.Admin(key)) { Timeout = 3 }.ConnectionString);
                await connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand(
                    "SELECT current_setting('max_connections')::int, current_setting('superuser_reserved_connections')::int, " +
                    "(SELECT count(*)::int FROM pg_stat_activity WHERE backend_type = 'client backend')", connection);
                await using var reader = await command.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                health.Add(new ServerHealth(key, true, null, reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2),
                    running.Count, needed, template, current));
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                health.Add(new ServerHealth(key, false, ex.GetBaseException().Message, 0, 0, 0, running.Count, needed, template, current));
            }
        }
        return health;
    }

    public async Task<IReadOnlyDictionary<string, long>> DatabaseSizesAsync(CancellationToken ct)
    {
        var sizes = new Dictionary<string, long>();
        foreach (var key in servers.Keys)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(servers.Admin(key)) { Timeout = 3 }.ConnectionString);
                await connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand(
                    "SELECT datname, pg_database_size(datname) FROM pg_database WHERE datname LIKE 'rsm\\_t\\_%'", connection);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) sizes[reader.GetString(0)] = reader.GetInt64(1);
            }
            catch (NpgsqlException)
            {
                // An unreachable server's studios simply have no size; `rsm doctor` names the server.
            }
        }
        return sizes;
    }
}
