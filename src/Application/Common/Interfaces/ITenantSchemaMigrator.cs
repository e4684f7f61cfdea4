using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>Brings the template and studio databases to the latest tenant schema.</summary>
public interface ITenantSchemaMigrator
{
    string LatestSchemaVersion { get; }

    /// <summary>Creates the platform catalog database if needed and migrates it.</summary>
    Task<string> MigratePlatformAsync(CancellationToken ct);

    /// <summary>Creates the server's template database if needed, migrates it and records its version.</summary>
    Task<string> MigrateTemplateAsync(string serverKey, CancellationToken ct);

    /// <summary>Brings a studio database to the latest version; one that is already there costs one query.</summary>
    /// <returns>The schema version the database is at afterwards.</returns>
    Task<string> MigrateTenantAsync(TenantDatabase database, CancellationToken ct);

    /// <summary>Connections the server can still open (max_connections less the reserved ones and those in use).</summary>
    Task<int> FreeConnectionsAsync(string serverKey, CancellationToken ct);

    /// <summary>Migrations not yet applied to the platform database, a server's template, or a studio database.</summary>
    Task<IReadOnlyList<string>> PendingPlatformAsync(CancellationToken ct);

    Task<IReadOnlyList<string>> PendingTemplateAsync(string serverKey, CancellationToken ct);

    Task<IReadOnlyList<string>> PendingTenantAsync(TenantDatabase database, CancellationToken ct);
}
