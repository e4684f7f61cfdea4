using System.Diagnostics.Metrics;

namespace RecordingStudio.Application.Common.Telemetry;

/// <summary>
/// The product's own metrics, named <c>rsm.*</c> (exported by OpenTelemetry: Prometheus at /metrics, OTLP when
/// configured). Labels stay few and bounded: a studio's subdomain, an outcome, a provider.
/// </summary>
public static class RsmMetrics
{
    public const string MeterName = "RecordingStudio";

    private static readonly Meter Meter = new(MeterName, "1.0");

    /// <summary>Requests answered, by studio (or "platform") and outcome (2xx, 4xx, 5xx…).</summary>
    public static readonly Counter<long> Requests = Meter.CreateCounter<long>("rsm.requests", "{request}", "Requests answered, by studio and outcome.");

    /// <summary>E-mails handed to the sender, by outcome (sent, failed).</summary>
    public static readonly Counter<long> Emails = Meter.CreateCounter<long>("rsm.emails", "{email}", "E-mails sent or failed.");

    /// <summary>Assistant turns, by provider and outcome; tokens and latency alongside.</summary>
    public static readonly Counter<long> AssistantTurns = Meter.CreateCounter<long>("rsm.assistant.turns", "{turn}", "Assistant turns, by provider.");
    public static readonly Counter<long> AssistantTokens = Meter.CreateCounter<long>("rsm.assistant.tokens", "{token}", "Tokens the assistant's providers counted.");
    public static readonly Histogram<double> AssistantLatency = Meter.CreateHistogram<double>("rsm.assistant.latency", "ms", "Time for a turn, by provider.");

    /// <summary>Studios provisioned, by outcome, and how long it took.</summary>
    public static readonly Counter<long> Provisionings = Meter.CreateCounter<long>("rsm.provisioning", "{studio}", "Studio provisionings, by outcome.");
    public static readonly Histogram<double> ProvisioningDuration = Meter.CreateHistogram<double>("rsm.provisioning.duration", "ms", "Time to provision a studio.");

    /// <summary>Schema migrations run (by `rsm tenants migrate`), by target (platform, template, studio) and outcome, and their time.</summary>
    public static readonly Counter<long> Migrations = Meter.CreateCounter<long>("rsm.migrations", "{migration}", "Schema migrations, by target and outcome.");
    public static readonly Histogram<double> MigrationDuration = Meter.CreateHistogram<double>("rsm.migration.duration", "ms", "Time to migrate one database.");

    /// <summary>How late timed work (hold expiry, reminders, deposits) runs after it was due.</summary>
    public static readonly Histogram<double> DueWorkLag = Meter.CreateHistogram<double>("rsm.due_work.lag", "s", "How late timed work runs after its due time.");

    public static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);
}
