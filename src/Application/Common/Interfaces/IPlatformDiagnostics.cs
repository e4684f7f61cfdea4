namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>
/// One PostgreSQL server as `rsm doctor` sees it. <see cref="ConnectionsNeeded"/> is what may be open to it at once:
/// the budget of every running app instance (or of one, when none runs), one listening connection per instance on the
/// platform's server, and what the CLI may use while migrating.
/// </summary>
public sealed record ServerHealth(
    string Key, bool Reachable, string? Error, int MaxConnections, int ReservedConnections, int ConnectionsInUse,
    int RunningInstances, int ConnectionsNeeded, string? TemplateVersion, bool TemplateCurrent)
{
    public int ConnectionsAvailable => MaxConnections - ReservedConnections;
    public bool BudgetFits => ConnectionsNeeded <= ConnectionsAvailable;
}

/// <summary>Looks at the PostgreSQL servers themselves: reachability, connection limits, template state.</summary>
public interface IPlatformDiagnostics
{
    Task<IReadOnlyList<ServerHealth>> CheckServersAsync(CancellationToken ct);

    /// <summary>The size of every studio database, by database name (servers that do not answer are left out).</summary>
    Task<IReadOnlyDictionary<string, long>> DatabaseSizesAsync(CancellationToken ct);
}
