using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>Builds connection strings for the configured PostgreSQL servers and the databases on them.</summary>
public sealed class DatabaseServers
{
    public const string DefaultServerKey = "main";
    private readonly Dictionary<string, NpgsqlConnectionStringBuilder> _servers;
    private readonly TenancyOptions _options;

    public DatabaseServers(IOptions<TenancyOptions> options, IConfiguration configuration)
    {
        _options = options.Value;
        var servers = _options.Servers.Count > 0
            ? _options.Servers
            : new Dictionary<string, string> { [DefaultServerKey] = PlatformConnectionString(configuration) };
        _servers = servers.ToDictionary(s => s.Key, s => new NpgsqlConnectionStringBuilder(s.Value));
        Keys = servers.Keys.ToList();
        var platform = new NpgsqlConnectionStringBuilder(PlatformConnectionString(configuration));
        PlatformServerKey = _servers.FirstOrDefault(s => SameServer(s.Value, platform)).Key;
    }

    public IReadOnlyList<string> Keys { get; }

    /// <summary>The studio server that also holds the platform catalog, if one does: its budget includes the platform pool.</summary>
    public string? PlatformServerKey { get; }

    /// <summary>The platform catalog's pooled connection string, its pool sized as its server's budget counts it.</summary>
    public static string PlatformPooled(IConfiguration configuration) =>
        new NpgsqlConnectionStringBuilder(PlatformConnectionString(configuration))
        {
            MaxPoolSize = configuration.GetValue($"{TenancyOptions.Section}:{nameof(TenancyOptions.PlatformPoolSize)}", new TenancyOptions().PlatformPoolSize),
        }.ConnectionString;

    private static bool SameServer(NpgsqlConnectionStringBuilder a, NpgsqlConnectionStringBuilder b) =>
        string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;

    public string TemplateDatabase => _options.TemplateDatabase;

    public static string PlatformConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Platform")
        ?? throw new InvalidOperationException(
            "ConnectionStrings:Platform is not set. Run build/run.sh (it starts a local PostgreSQL) or set ConnectionStrings__Platform.");

    /// <summary>A pooled connection string for a studio's database, sized by the connection budget settings.</summary>
    public string ForTenant(string serverKey, string database) => Build(serverKey, database, b =>
    {
        b.MaxPoolSize = _options.MaxPoolSizePerTenant;
        b.ConnectionIdleLifetime = _options.ConnectionIdleLifetimeSeconds;
        b.ConnectionPruningInterval = Math.Max(1, Math.Min(10, _options.ConnectionIdleLifetimeSeconds / 2));
    });

    /// <summary>An unpooled connection string: nothing stays open afterwards (a must for the template database).</summary>
    public string Unpooled(string serverKey, string database) => Build(serverKey, database, b => b.Pooling = false);

    public string Admin(string serverKey) => Unpooled(serverKey, "postgres");

    private string Build(string serverKey, string database, Action<NpgsqlConnectionStringBuilder> configure)
    {
        if (!_servers.TryGetValue(serverKey, out var server))
            throw new InvalidOperationException($"Server '{serverKey}' is not configured under Tenancy:Servers.");
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database };
        configure(builder);
        return builder.ConnectionString;
    }
}
