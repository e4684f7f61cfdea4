using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>
/// The studio databases' connections, within a hard budget per PostgreSQL server (Tenancy:ConnectionBudget, the
/// platform database's pool included on its server).
/// <para>
/// Each studio database has one NpgsqlDataSource, kept for the life of the process, so a studio that comes back finds
/// its pool object (and Npgsql's knowledge of the server) ready. A request leases its studio's pool for its whole
/// duration; a pool may hold as many connections as it has had leases at once (at most Tenancy:MaxPoolSizePerTenant),
/// and those slots are reserved against its server's budget. When the budget is spent, the least recently used pool
/// with no lease gives its connections back (they are closed), and when every pool is in use a request waits in line —
/// first come, first served — for a bounded time (Tenancy:ConnectionWaitSeconds), then gets 503 database_unavailable.
/// The number of connections open to a server therefore never exceeds its budget.
/// </para>
/// </summary>
public sealed class TenantDataSourceRegistry : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Pool> _pools = new();
    private readonly Dictionary<string, ServerSlots> _servers = new();
    private readonly DatabaseServers _databases;
    private readonly TenancyOptions _options;
    private readonly ILogger<TenantDataSourceRegistry> _logger;
    private readonly ConnectionPoolMetrics _metrics;

    public TenantDataSourceRegistry(
        DatabaseServers databases, IOptions<TenancyOptions> options, ILogger<TenantDataSourceRegistry> logger, IMeterFactory? meterFactory = null)
    {
        (_databases, _options, _logger) = (databases, options.Value, logger);
        foreach (var key in databases.Keys)
        {
            var budget = _options.ConnectionBudget - (key == databases.PlatformServerKey ? _options.PlatformPoolSize : 0);
            _servers[key] = new ServerSlots(key, Math.Max(1, budget));
        }
        _metrics = new ConnectionPoolMetrics(meterFactory, Figures);
    }

    private IReadOnlyList<ConnectionPoolMetrics.ServerFigures> Figures()
    {
        lock (_gate)
            return _servers.Values.Select(server =>
            {
                var pools = _pools.Values.Where(p => p.Server == server).ToList();
                return new ConnectionPoolMetrics.ServerFigures(server.Key, server.Budget, server.Reserved,
                    pools.Sum(p => p.Leases), pools.Count(p => p.Reserved > 0), server.Waiters.Count);
            }).ToList();
    }

    /// <summary>Pools that hold connection slots now (for tests and diagnostics).</summary>
    public int OpenPools
    {
        get { lock (_gate) return _pools.Values.Count(p => p.Reserved > 0); }
    }

    /// <summary>Connection slots reserved on a server now: an upper bound of the connections open to it.</summary>
    public int ReservedOn(string serverKey)
    {
        lock (_gate) return _servers.TryGetValue(serverKey, out var server) ? server.Reserved : 0;
    }

    /// <summary>
    /// Leases the studio's data source for one request (or one CLI scope); the pool keeps its connections while leased.
    /// Waits in line when its server's connections are all in use.
    /// </summary>
    /// <exception cref="TenantUnavailableException">503 database_unavailable: no connection came free in time.</exception>
    public async ValueTask<Lease> AcquireAsync(TenantInfo tenant, CancellationToken ct)
    {
        Waiter waiter;
        lock (_gate)
        {
            var pool = PoolOf(tenant);
            if (TryLease(pool, queueFirst: true)) return new Lease(this, pool);
            waiter = new Waiter(pool);
            pool.Server.Waiters.AddLast(waiter.Node = new LinkedListNode<Waiter>(waiter));
        }

        var waitStarted = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.ConnectionWaitSeconds));
        await using var giveUp = timeout.Token.Register(() =>
        {
            lock (_gate)
            {
                if (waiter.Node!.List is null) return; // served meanwhile
                waiter.Pool.Server.Waiters.Remove(waiter.Node);
            }
            waiter.Granted.TrySetCanceled();
        });
        try
        {
            var lease = await waiter.Granted.Task;
            _metrics.Waited(waiter.Pool.Server.Key, "served", Stopwatch.GetElapsedTime(waitStarted));
            return lease;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            _metrics.Waited(waiter.Pool.Server.Key, "cancelled", Stopwatch.GetElapsedTime(waitStarted));
            throw;
        }
        catch (OperationCanceledException)
        {
            _metrics.Waited(waiter.Pool.Server.Key, "timed_out", Stopwatch.GetElapsedTime(waitStarted));
            _logger.LogWarning("No connection to server {Server} came free within {Seconds} s for {Database}",
                waiter.Pool.Server.Key, _options.ConnectionWaitSeconds, tenant.DatabaseName);
            throw new TenantUnavailableException("database_unavailable",
                "The studio's database is busy at the moment. Try again in a few seconds.", 503);
        }
    }

    /// <summary>Closes a studio's pool at once (its database is being dropped, suspended or restored).</summary>
    public void Close(string databaseName)
    {
        lock (_gate)
        {
            if (!_pools.Remove(databaseName, out var pool)) return;
            pool.Closed = true;
            pool.Server.Reserved -= pool.Reserved;
            pool.Reserved = 0;
            pool.DataSource.Dispose();
            Serve(pool.Server);
        }
    }

    private Pool PoolOf(TenantInfo tenant)
    {
        if (_pools.TryGetValue(tenant.DatabaseName, out var pool)) return pool;
        var server = _servers.GetValueOrDefault(tenant.ServerKey)
            ?? throw new InvalidOperationException($"Server '{tenant.ServerKey}' is not configured under Tenancy:Servers.");
        // No type loading: the studio schema uses PostgreSQL's built-in types only, whose ids Npgsql knows, so a studio's
        // first connection skips the catalog query that otherwise runs once per data source (and took hundreds of
        // milliseconds on a busy server).
        var dataSource = new NpgsqlDataSourceBuilder(_databases.ForTenant(tenant.ServerKey, tenant.DatabaseName))
            .ConfigureTypeLoading(types => types.EnableTypeLoading(false))
            .Build();
        pool = new Pool(dataSource, server);
        _pools[tenant.DatabaseName] = pool;
        return pool;
    }

    /// <summary>
    /// A lease on a slot the pool already holds, or on a new slot of the server's budget. A pool grows beyond one slot
    /// only while the budget has room; only a studio with no connection at all makes an idle pool give its slots back
    /// (otherwise busy studios would close each other's connections all the time — more connections opened, not more
    /// served). New slots go in order of arrival: with <paramref name="queueFirst"/>, a newcomer does not pass a waiter.
    /// </summary>
    private bool TryLease(Pool pool, bool queueFirst)
    {
        var server = pool.Server;
        if (pool.Leases < pool.Reserved)
        {
            Grant(pool);
            return true;
        }
        if (pool.Reserved >= _options.MaxPoolSizePerTenant || (queueFirst && server.Waiters.Count > 0)) return false;
        if (server.Reserved >= server.Budget && (pool.Reserved > 0 || !FreeIdlePool(server))) return false;
        pool.Reserved++;
        server.Reserved++;
        Grant(pool);
        return true;
    }

    private static void Grant(Pool pool)
    {
        pool.Leases++;
        pool.LastUsed = Environment.TickCount64;
    }

    /// <summary>The least recently used pool of the server with no lease closes its connections and gives up its slots.</summary>
    private bool FreeIdlePool(ServerSlots server)
    {
        Pool? idle = null;
        foreach (var pool in _pools.Values)
            if (pool.Server == server && pool.Leases == 0 && pool.Reserved > 0 && (idle is null || pool.LastUsed < idle.LastUsed))
                idle = pool;
        if (idle is null) return false;
        // Clear closes the idle connections; the data source stays, ready for the studio's next request.
        idle.DataSource.Clear();
        server.Reserved -= idle.Reserved;
        idle.Reserved = 0;
        return true;
    }

    private void Release(Pool pool)
    {
        lock (_gate)
        {
            pool.Leases--;
            pool.LastUsed = Environment.TickCount64;
            if (!pool.Closed) Serve(pool.Server);
        }
    }

    /// <summary>
    /// Hands freed capacity to the waiters in order. One whose studio already has a connection waits for it and does
    /// not hold up the others; the first one whose studio has none, and cannot have one, does (first come, first served).
    /// </summary>
    private void Serve(ServerSlots server)
    {
        for (var node = server.Waiters.First; node is not null;)
        {
            var next = node.Next;
            var waiter = node.Value;
            if (TryLease(waiter.Pool, queueFirst: false))
            {
                server.Waiters.Remove(node);
                waiter.Granted.TrySetResult(new Lease(this, waiter.Pool));
            }
            else if (waiter.Pool.Reserved == 0) break;
            node = next;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var pool in _pools.Values) pool.DataSource.Dispose();
            _pools.Clear();
        }
        _metrics.Dispose();
    }

    internal sealed class ServerSlots(string key, int budget)
    {
        public string Key { get; } = key;
        public int Budget { get; } = budget;
        public int Reserved { get; set; }
        public LinkedList<Waiter> Waiters { get; } = new();
    }

    internal sealed class Pool(NpgsqlDataSource dataSource, ServerSlots server)
    {
        public NpgsqlDataSource DataSource { get; } = dataSource;
        public ServerSlots Server { get; } = server;
        public int Leases { get; set; }
        public int Reserved { get; set; }
        public long LastUsed { get; set; }
        public bool Closed { get; set; }
    }

    internal sealed class Waiter(Pool pool)
    {
        public Pool Pool { get; } = pool;
        public LinkedListNode<Waiter>? Node { get; set; }
        public TaskCompletionSource<Lease> Granted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public sealed class Lease : IDisposable
    {
        private readonly TenantDataSourceRegistry _registry;
        private readonly Pool _pool;
        private int _released;

        internal Lease(TenantDataSourceRegistry registry, Pool pool) => (_registry, _pool) = (registry, pool);

        public NpgsqlDataSource DataSource => _pool.DataSource;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) _registry.Release(_pool);
        }
    }
}
