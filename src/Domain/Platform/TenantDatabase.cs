using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Platform;

public enum ProvisioningState
{
    Provisioning,
    Ready,
    Failed,
    /// <summary>The studio was deleted and its database dropped.</summary>
    Dropped,
}

/// <summary>Where a studio's database lives and how far its provisioning and migrations got.</summary>
public sealed class TenantDatabase : Entity
{
    private TenantDatabase() { }

    public TenantDatabase(Guid organizationId, string serverKey)
    {
        OrganizationId = organizationId;
        ServerKey = serverKey;
        // Generated, never derived from user input, so it is always a safe identifier.
        DatabaseName = $"rsm_t_{Id:N}"[..22];
        State = ProvisioningState.Provisioning;
    }

    public Guid OrganizationId { get; private set; }
    public string DatabaseName { get; private set; } = "";
    public string ServerKey { get; private set; } = "";
    public ProvisioningState State { get; private set; }
    public string? LastError { get; private set; }
    public string? SchemaVersion { get; private set; }
    public DateTimeOffset? MigratedAt { get; private set; }
    public string? MigrationError { get; private set; }

    public void Restart()
    {
        State = ProvisioningState.Provisioning;
        LastError = null;
    }

    public void MarkReady(string? schemaVersion, DateTimeOffset at)
    {
        State = ProvisioningState.Ready;
        LastError = null;
        RecordMigration(schemaVersion, at);
    }

    public void MarkFailed(string error)
    {
        State = ProvisioningState.Failed;
        LastError = error.Length > FieldLimits.Notes ? error[..FieldLimits.Notes] : error;
    }

    public void MarkDropped() => State = ProvisioningState.Dropped;

    public void RecordMigration(string? schemaVersion, DateTimeOffset at)
    {
        SchemaVersion = schemaVersion;
        MigratedAt = at;
        MigrationError = null;
    }

    public void RecordMigrationFailure(string error) =>
        MigrationError = error.Length > FieldLimits.Notes ? error[..FieldLimits.Notes] : error;
}
