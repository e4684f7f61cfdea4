using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace RecordingStudio.Infrastructure;

/// <summary>The databases' part of the telemetry (Npgsql's spans and connection metrics), kept with the persistence it observes.</summary>
public static class DatabaseTelemetry
{
    public static TracerProviderBuilder AddStudioDatabases(this TracerProviderBuilder tracing) => tracing.AddNpgsql();

    public static MeterProviderBuilder AddStudioDatabases(this MeterProviderBuilder metrics) => metrics.AddNpgsqlInstrumentation();
}
