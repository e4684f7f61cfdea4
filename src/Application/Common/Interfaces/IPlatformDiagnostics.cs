namespace RecordingStudio.Application.Common.Interfaces;

public sealed record ServerHealth(
    string Key, bool Reachable, string? Error, int MaxConnections, int ConnectionsInUse, int ConnectionBudget,
    string? TemplateVersion, bool TemplateCurrent);

/// <summary>Looks at the PostgreSQL servers themselves: reachability, connection limits, template state.</summary>
public interface IPlatformDiagnostics
{
    Task<IReadOnlyList<ServerHealth>> CheckServersAsync(CancellationToken ct);

    /// <summary>The size of every studio database, by database name (servers that do not answer are left out).</summary>
    Task<IReadOnlyDictionary<string, long>> DatabaseSizesAsync(CancellationToken ct);
}
