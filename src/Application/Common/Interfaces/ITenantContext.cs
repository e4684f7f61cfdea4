using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>The studio the current request or command runs for; null on the platform (apex) host.</summary>
public interface ITenantContext
{
    TenantInfo? Tenant { get; }
}

public sealed record TenantInfo(
    Guid OrganizationId,
    string Subdomain,
    string Name,
    OrganizationStatus Status,
    string DatabaseName,
    string ServerKey,
    string Plan = "trial",
    DateTimeOffset? TrialEndsAt = null)
{
    /// <summary>A studio on the trial plan past its end date: staff can still read, but not write.</summary>
    public bool TrialHasEnded(DateTimeOffset now) => Plan == "trial" && TrialEndsAt is { } end && end <= now;
}
