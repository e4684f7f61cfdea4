using Mediator;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Platform.Tenants.SuspendTenant;

/// <summary>Suspends a studio: every request to it answers 403 studio_suspended until it is resumed.</summary>
[RequiresAccess(Access.Platform)]
public sealed record SuspendTenantCommand(string Subdomain, string Reason) : ICommand<TenantDto>;

public sealed class SuspendTenantCommandHandler(TenantChanges changes) : ICommandHandler<SuspendTenantCommand, TenantDto>
{
    public async ValueTask<TenantDto> Handle(SuspendTenantCommand command, CancellationToken ct) =>
        await changes.ApplyAsync(command.Subdomain, o => o.Suspend(command.Reason), ct);
}
