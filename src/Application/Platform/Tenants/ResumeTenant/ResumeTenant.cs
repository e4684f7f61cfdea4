using Mediator;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Platform.Tenants.ResumeTenant;

/// <summary>Lifts a suspension.</summary>
[RequiresAccess(Access.Platform)]
public sealed record ResumeTenantCommand(string Subdomain) : ICommand<TenantDto>;

public sealed class ResumeTenantCommandHandler(TenantChanges changes) : ICommandHandler<ResumeTenantCommand, TenantDto>
{
    public async ValueTask<TenantDto> Handle(ResumeTenantCommand command, CancellationToken ct) =>
        await changes.ApplyAsync(command.Subdomain, o => o.Resume(), ct);
}
