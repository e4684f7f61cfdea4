using Ardalis.Specification;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants;

public sealed class OrganizationBySubdomainSpec : SingleResultSpecification<Organization>
{
    public OrganizationBySubdomainSpec(string subdomain) =>
        Query.Where(o => o.Subdomain == subdomain && o.Status != OrganizationStatus.Deleted);
}

/// <summary>A studio that holds the subdomain: ready, being provisioned, or anything but a failed attempt.</summary>
public sealed class SubdomainInUseSpec : Specification<Organization>
{
    public SubdomainInUseSpec(string subdomain) =>
        Query.Where(o => o.Subdomain == subdomain && o.Status != OrganizationStatus.Deleted
                         && (o.Database == null || o.Database.State != ProvisioningState.Failed));
}

/// <summary>Studios with a ready database, optionally only one, by subdomain.</summary>
public sealed class ReadyTenantsSpec : Specification<Organization>
{
    public ReadyTenantsSpec(string? subdomain = null)
    {
        Query.Where(o => o.Database != null && o.Database.State == ProvisioningState.Ready && o.Status != OrganizationStatus.Deleted);
        if (subdomain is not null) Query.Where(o => o.Subdomain == subdomain);
        Query.OrderBy(o => o.Subdomain);
    }
}

public sealed class AllTenantsSpec : Specification<Organization>
{
    public AllTenantsSpec() => Query.Where(o => o.Status != OrganizationStatus.Deleted).OrderBy(o => o.Subdomain).AsNoTracking();
}

/// <summary>The server of every database that exists or is being made, to place a new studio on the least-loaded one.</summary>
public sealed class OccupiedServerKeysSpec : Specification<TenantDatabase, string>
{
    public OccupiedServerKeysSpec()
    {
        Query.Where(d => d.State != ProvisioningState.Failed && d.State != ProvisioningState.Dropped);
        Query.Select(d => d.ServerKey);
    }
}
