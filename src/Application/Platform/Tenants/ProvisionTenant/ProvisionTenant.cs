using Mediator;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Platform.Tenants.ProvisionTenant;

/// <summary>
/// Creates a studio: catalog row (Provisioning) → database cloned from the template → studio settings → Ready.
/// A failure at any step drops the half-made database and records Failed; sending the same command again retries.
/// </summary>
[RequiresAccess(Access.Platform)]
public sealed record ProvisionTenantCommand(string Subdomain, string Name, string TimeZone = "UTC", string Currency = "EUR", StudioOwner? Owner = null,
    string? Language = null)
    : ICommand<TenantDto>;

/// <summary>The first Owner account, created inside the new studio database as part of provisioning.</summary>
public sealed record StudioOwner(string Name, string Email, string Password);

public sealed class ProvisionTenantCommandHandler(TenantProvisioning provisioning) : ICommandHandler<ProvisionTenantCommand, TenantDto>
{
    public async ValueTask<TenantDto> Handle(ProvisionTenantCommand command, CancellationToken ct) =>
        await provisioning.ProvisionAsync(command, ct);
}
