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

    /// <returns>The schema version the database is at afterwards.</returns>
    Task<string> MigrateTenantAsync(TenantDatabase database, CancellationToken ct);

    /// <summary>Migrations not yet applied to the platform database, a server's template, or a studio database.</summary>
    Task<IReadOnlyList<string>> PendingPlatformAsync(CancellationToken ct);

    Task<IReadOnlyList<string>> PendingTemplateAsync(string serverKey, CancellationToken ct);

    Task<IReadOnlyList<string>> PendingTenantAsync(TenantDatabase database, CancellationToken ct);
}
