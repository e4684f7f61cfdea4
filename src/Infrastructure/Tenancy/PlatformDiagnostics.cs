using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Infrastructure.Persistence.Platform;

namespace RecordingStudio.Infrastructure.Tenancy;

public sealed class PlatformDiagnostics(DatabaseServers servers, PlatformDbContext catalog, TenantSchemaMigrator migrator, IOptions<TenancyOptions> options)
    : IPlatformDiagnostics
{
    public async Task<IReadOnlyList<ServerHealth>> CheckServersAsync(CancellationToken ct)
    {
        var templates = await catalog.TenantTemplates.AsNoTracking().ToDictionaryAsync(t => t.ServerKey, t => t.SchemaVersion, ct);
        var health = new List<ServerHealth>();
        foreach (var key in servers.Keys)
        {
            var template = templates.GetValueOrDefault(key);
            var current = template == migrator.LatestSchemaVersion;
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(servers.Admin(key)) { Timeout = 3 }.ConnectionString);
                await connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand(
                    "SELECT current_setting('max_connections')::int, (SELECT count(*)::int FROM pg_stat_activity)", connection);
                await using var reader = await command.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                health.Add(new ServerHealth(key, true, null, reader.GetInt32(0), reader.GetInt32(1), options.Value.ConnectionBudget, template, current));
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                health.Add(new ServerHealth(key, false, ex.GetBaseException().Message, 0, 0, options.Value.ConnectionBudget, template, current));
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
