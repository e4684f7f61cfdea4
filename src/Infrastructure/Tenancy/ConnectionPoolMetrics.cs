using System.Diagnostics.Metrics;
using RecordingStudio.Application.Common.Telemetry;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>
/// What an operator watches of the studios' connections, per PostgreSQL server: the budget, the connections open (the
/// slots pools hold), those leased by requests now, the pools holding any, the requests waiting in line — and, for each
/// request that had to wait, how long and how it ended (served, timed_out, cancelled).
/// </summary>
internal sealed class ConnectionPoolMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly Counter<long> _waits;
    private readonly Histogram<double> _waitTime;

    /// <param name="servers">Reads each server's figures now, consistently (under the registry's lock).</param>
    public ConnectionPoolMetrics(IMeterFactory? meterFactory, Func<IReadOnlyList<ServerFigures>> servers)
    {
        // The host's meter factory scopes the meter to this app (tests run several in one process); without one, our own.
        _meter = meterFactory?.Create(RsmMetrics.MeterName, "1.0") ?? new Meter(RsmMetrics.MeterName, "1.0");
        Gauge("rsm.db.connections.budget", "Connections the studios' pools may open to the server (Tenancy:ConnectionBudget, less the platform pool on its server).", servers, f => f.Budget);
        Gauge("rsm.db.connections.open", "Connections the studios' pools hold open on the server (at most the budget).", servers, f => f.Open);
        Gauge("rsm.db.connections.leased", "Connections in use by requests now.", servers, f => f.Leased);
        _meter.CreateObservableGauge("rsm.db.pools.open", () => Measure(servers, f => f.OpenPools), "{pool}", "Studio pools holding connections.");
        _meter.CreateObservableGauge("rsm.db.connection.queue", () => Measure(servers, f => f.Waiting), "{request}", "Requests waiting for a connection.");
        _waits = _meter.CreateCounter<long>("rsm.db.connection.waits", "{request}", "Requests that waited for a connection, by outcome.");
        _waitTime = _meter.CreateHistogram<double>("rsm.db.connection.wait_time", "ms", "How long requests waited for a connection.");
    }

    public void Waited(string server, string outcome, TimeSpan time)
    {
        _waits.Add(1, RsmMetrics.Tag("server", server), RsmMetrics.Tag("outcome", outcome));
        _waitTime.Record(time.TotalMilliseconds, RsmMetrics.Tag("server", server), RsmMetrics.Tag("outcome", outcome));
    }

    private void Gauge(string name, string description, Func<IReadOnlyList<ServerFigures>> servers, Func<ServerFigures, int> value) =>
        _meter.CreateObservableGauge(name, () => Measure(servers, value), "{connection}", description);

    private static IEnumerable<Measurement<int>> Measure(Func<IReadOnlyList<ServerFigures>> servers, Func<ServerFigures, int> value) =>
        servers().Select(f => new Measurement<int>(value(f), RsmMetrics.Tag("server", f.Server)));

    public void Dispose() => _meter.Dispose();

    internal sealed record ServerFigures(string Server, int Budget, int Open, int Leased, int OpenPools, int Waiting);
}
