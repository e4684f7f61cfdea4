namespace RecordingStudio.Infrastructure.Persistence.Platform;

/// <summary>The schema version of one server's template database, so provisioning knows whether cloning it is current.</summary>
public sealed class TenantTemplate
{
    public required string ServerKey { get; init; }
    public required string DatabaseName { get; set; }
    public string? SchemaVersion { get; set; }
    public DateTimeOffset MigratedAt { get; set; }
}
