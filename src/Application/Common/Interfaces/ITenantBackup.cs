using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>Whole-database copies of a studio (PostgreSQL's own dump format).</summary>
public interface ITenantBackup
{
    /// <returns>The size of the file written, in bytes.</returns>
    Task<long> ExportAsync(TenantDatabase database, string file, CancellationToken ct);

    /// <summary>Restores an export into the (empty) database.</summary>
    Task RestoreAsync(TenantDatabase database, string file, CancellationToken ct);
}
