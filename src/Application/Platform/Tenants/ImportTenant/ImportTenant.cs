using Mediator;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;

namespace RecordingStudio.Application.Platform.Tenants.ImportTenant;

/// <summary>Restores an exported studio as a new studio, registered in the catalog like any provisioned one.</summary>
[RequiresAccess(Access.Platform)]
public sealed record ImportTenantCommand(string File, string Subdomain, string Name, string TimeZone = "UTC") : ICommand<TenantDto>;

public sealed class ImportTenantCommandHandler(TenantProvisioning provisioning) : ICommandHandler<ImportTenantCommand, TenantDto>
{
    public async ValueTask<TenantDto> Handle(ImportTenantCommand command, CancellationToken ct) =>
        await provisioning.ImportAsync(command.Subdomain, command.Name, command.TimeZone, command.File, ct);
}
