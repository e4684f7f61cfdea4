using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants.GetSchemaStatus;

/// <summary>What `rsm tenants migrate` would do: the pending migrations of the platform, each template and each studio.</summary>
[RequiresAccess(Access.Platform)]
public sealed record GetSchemaStatusQuery(string? Subdomain = null) : IQuery<IReadOnlyList<SchemaStatusDto>>;

public sealed record SchemaStatusDto(string Target, string? ServerKey, IReadOnlyList<string> Pending, string? Error);

public sealed class GetSchemaStatusQueryHandler(
    IReadRepository<Organization> organizations,
    ITenantDatabaseProvisioner provisioner,
    ITenantSchemaMigrator migrator) : IQueryHandler<GetSchemaStatusQuery, IReadOnlyList<SchemaStatusDto>>
{
    public async ValueTask<IReadOnlyList<SchemaStatusDto>> Handle(GetSchemaStatusQuery query, CancellationToken ct)
    {
        var status = new List<SchemaStatusDto> { await CheckAsync("platform", null, () => migrator.PendingPlatformAsync(ct)) };
        foreach (var server in provisioner.ServerKeys)
            status.Add(await CheckAsync($"template@{server}", server, () => migrator.PendingTemplateAsync(server, ct)));
        var subdomain = query.Subdomain is null ? null : Domain.Platform.Subdomain.Normalize(query.Subdomain);
        var tenants = await organizations.ListAsync(new ReadyTenantsSpec(subdomain), ct);
        // A mistyped studio is an error, as it is without --dry-run, not "nothing pending".
        if (subdomain is not null && tenants.Count == 0) throw new NotFoundException("Studio", subdomain);
        foreach (var tenant in tenants)
            status.Add(await CheckAsync(tenant.Subdomain, tenant.Database!.ServerKey, () => migrator.PendingTenantAsync(tenant.Database!, ct)));
        return status;
    }

    private static async Task<SchemaStatusDto> CheckAsync(string target, string? server, Func<Task<IReadOnlyList<string>>> pending)
    {
        try
        {
            return new SchemaStatusDto(target, server, await pending(), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new SchemaStatusDto(target, server, [], ex.GetBaseException().Message);
        }
    }
}
