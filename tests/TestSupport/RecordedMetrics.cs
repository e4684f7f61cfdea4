using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using RecordingStudio.Application.Common.Telemetry;

namespace RecordingStudio.TestSupport;

/// <summary>Listens to the product's rsm.* instruments named, from any app or operator in this process, while alive.</summary>
public sealed class RecordedMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();

    public RecordedMetrics(params string[] instruments)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == RsmMetrics.MeterName && instruments.Contains(instrument.Name)) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        _listener.Start();
    }

    /// <summary>The measurements of an instrument whose tags include all those given.</summary>
    public IReadOnlyList<double> Of(string instrument, params (string Name, string Value)[] tags) =>
        _measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.Any(k => k.Key == t.Name && Equals(k.Value, t.Value))))
            .Select(m => m.Value).ToList();

    public void Dispose() => _listener.Dispose();
}
