using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>Creates, seeds and removes studio databases on their PostgreSQL server.</summary>
public interface ITenantDatabaseProvisioner
{
    /// <summary>Keys of the configured PostgreSQL servers, in configuration order.</summary>
    IReadOnlyList<string> ServerKeys { get; }

    /// <summary>Creates the database from the migrated template, or empty plus migrations when no current template exists.</summary>
    /// <returns>The schema version the new database is at.</returns>
    Task<string> CreateDatabaseAsync(TenantDatabase database, CancellationToken ct);

    /// <summary>An empty database with no schema, to restore an export into.</summary>
    Task CreateEmptyDatabaseAsync(TenantDatabase database, CancellationToken ct);

    /// <summary>Writes the studio's settings and, when given, its first Owner account (idempotent).</summary>
    Task SeedAsync(TenantDatabase database, StudioSettings settings, StudioOwner? owner, CancellationToken ct);

    Task DropDatabaseIfExistsAsync(TenantDatabase database, CancellationToken ct);
}
