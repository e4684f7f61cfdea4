namespace RecordingStudio.Infrastructure.Persistence.Platform;

/// <summary>Requests counted by one rate limit in one fixed window, across every app instance.</summary>
public sealed class RateLimitWindow
{
    public string Key { get; set; } = "";
    public DateTimeOffset WindowStart { get; set; }
    public int Hits { get; set; }
}

/// <summary>
/// A studio database made ahead of time from the current template and not yet given to a studio: signup renames one
/// instead of waiting for CREATE DATABASE. <see cref="SchemaVersion"/> is null while it is being created.
/// </summary>
public sealed class SpareDatabase
{
    public string DatabaseName { get; set; } = "";
    public string ServerKey { get; set; } = "";
    public string? SchemaVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A periodic job's period, claimed by the one instance that runs it (background work runs once).</summary>
public sealed class JobRun
{
    public string Job { get; set; } = "";
    public DateTimeOffset PeriodStart { get; set; }
}

/// <summary>
/// An app instance that is running (seen within the last minutes), with the connections it may open to each server:
/// `rsm doctor` adds them up against max_connections.
/// </summary>
public sealed class AppInstance
{
    public Guid Id { get; set; }
    public string HostName { get; set; } = "";
    public int ProcessId { get; set; }
    /// <summary>Tenancy:ConnectionBudget: connections per server, the platform pool included on the platform's server.</summary>
    public int ConnectionBudget { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset SeenAt { get; set; }
}

/// <summary>
/// A wake-up for timed work on one record of one studio (a hold's expiry, a session's reminder): the runner of any app
/// instance claims it when due (SKIP LOCKED, with a lease a crashed instance gives up), does the work and deletes it.
/// </summary>
public sealed class DueWork
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid SubjectId { get; set; }
    public DateTimeOffset DueAt { get; set; }
    /// <summary>Until when the instance that claimed it works on it; then any instance may claim it again.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
