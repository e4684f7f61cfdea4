using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants.DeleteTenant;

/// <summary>
/// Drops a studio's database and marks the studio deleted (the catalog keeps the row); its subdomain can be used
/// again. The CLI exports the database first unless told not to.
/// </summary>
[RequiresAccess(Access.Platform)]
public sealed record DeleteTenantCommand(string Subdomain) : ICommand<TenantDto>;

public sealed class DeleteTenantCommandHandler(IRepository<Organization> organizations, ITenantDatabaseProvisioner provisioner, ITenantCache cache)
    : ICommandHandler<DeleteTenantCommand, TenantDto>
{
    public async ValueTask<TenantDto> Handle(DeleteTenantCommand command, CancellationToken ct)
    {
        var organization = await organizations.GetStudioAsync(command.Subdomain, ct);
        if (organization.Database is { } database)
        {
            await provisioner.DropDatabaseIfExistsAsync(database, ct);
            database.MarkDropped();
        }
        organization.MarkDeleted();
        await organizations.SaveChangesAsync(ct);
        await cache.InvalidateAsync(organization.Subdomain, ct);
        return TenantDto.From(organization);
    }
}
