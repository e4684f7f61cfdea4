using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants;

public sealed record TenantDto(
    Guid Id,
    string Subdomain,
    string Name,
    string Plan,
    OrganizationStatus Status,
    DateTimeOffset? TrialEndsAt,
    DateTimeOffset CreatedAt,
    string? DatabaseName,
    string? ServerKey,
    ProvisioningState? ProvisioningState,
    string? SchemaVersion,
    string? LastError)
{
    public DateTimeOffset? LastActivityAt { get; init; }

    /// <summary>What the studio's pages and e-mails speak to whoever has not chosen a language.</summary>
    public string Language { get; init; } = Organization.DefaultLanguage;

    /// <summary>The plan the owner asked for and when, until the operator sets one.</summary>
    public string? RequestedPlan { get; init; }
    public DateTimeOffset? PlanRequestedAt { get; init; }

    /// <summary>Filled by the operator's list, which asks the servers.</summary>
    public long? DatabaseBytes { get; init; }

    public static TenantDto From(Organization o) => new(
        o.Id, o.Subdomain, o.Name, o.Plan, o.Status, o.TrialEndsAt, o.CreatedAt,
        o.Database?.DatabaseName, o.Database?.ServerKey, o.Database?.State, o.Database?.SchemaVersion,
        o.Database?.LastError ?? o.Database?.MigrationError)
    { LastActivityAt = o.LastActivityAt, Language = o.Language, RequestedPlan = o.RequestedPlan, PlanRequestedAt = o.PlanRequestedAt };
}
