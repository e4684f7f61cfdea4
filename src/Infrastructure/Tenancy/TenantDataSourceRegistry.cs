using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>
/// One NpgsqlDataSource (one small pool) per studio database, shared by all requests. Npgsql keeps a pool per
/// connection string, so thousands of studios could exhaust max_connections: when a new pool would take the total
/// past the budget, the least recently used pools that no request is using are closed first.
/// </summary>
public sealed class TenantDataSourceRegistry(DatabaseServers servers, IOptions<TenancyOptions> options, ILogger<TenantDataSourceRegistry> logger)
    : IDisposable
{
    private readonly ConcurrentDictionary<string, Pool> _pools = new();
    private readonly Lock _gate = new();
    private readonly TenancyOptions _options = options.Value;

    public int OpenPools => _pools.Count;

    /// <summary>Leases the studio's data source; the pool is not closed while a lease is held.</summary>
    public Lease Acquire(TenantInfo tenant)
    {
        var key = tenant.DatabaseName;
        lock (_gate)
        {
            if (!_pools.TryGetValue(key, out var pool))
            {
                MakeRoomForOnePool();
                pool = new Pool(NpgsqlDataSource.Create(servers.ForTenant(tenant.ServerKey, tenant.DatabaseName)));
                _pools[key] = pool;
            }
            pool.Leases++;
            pool.LastUsed = Environment.TickCount64;
            return new Lease(this, pool);
        }
    }

    /// <summary>Closes a studio's pool at once (its database is being dropped, suspended or restored).</summary>
    public void Close(string databaseName)
    {
        lock (_gate)
        {
            if (_pools.TryRemove(databaseName, out var pool)) pool.DataSource.Dispose();
        }
    }

    private void MakeRoomForOnePool()
    {
        var maxPools = Math.Max(1, _options.ConnectionBudget / Math.Max(1, _options.MaxPoolSizePerTenant));
        while (_pools.Count >= maxPools)
        {
            var idle = _pools.Where(p => p.Value.Leases == 0).MinBy(p => p.Value.LastUsed);
            if (idle.Value is null)
            {
                logger.LogWarning("All {Count} studio pools are in use; opening one more than the connection budget allows", _pools.Count);
                return;
            }
            _pools.TryRemove(idle.Key, out _);
            idle.Value.DataSource.Dispose();
        }
    }

    private void Release(Pool pool)
    {
        lock (_gate)
        {
            pool.Leases--;
            pool.LastUsed = Environment.TickCount64;
        }
    }

    public void Dispose()
    {
        foreach (var pool in _pools.Values) pool.DataSource.Dispose();
        _pools.Clear();
    }

    internal sealed class Pool(NpgsqlDataSource dataSource)
    {
        public NpgsqlDataSource DataSource { get; } = dataSource;
        public int Leases { get; set; }
        public long LastUsed { get; set; }
    }

    public sealed class Lease : IDisposable
    {
        private readonly TenantDataSourceRegistry _registry;
        private readonly Pool _pool;
        private bool _released;

        internal Lease(TenantDataSourceRegistry registry, Pool pool) => (_registry, _pool) = (registry, pool);

        public NpgsqlDataSource DataSource => _pool.DataSource;

        public void Dispose()
        {
            if (_released) return;
            _released = true;
            _registry.Release(_pool);
        }
    }
}
