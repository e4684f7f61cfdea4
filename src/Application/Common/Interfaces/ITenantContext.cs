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
    string ServerKey);
