using Mediator;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Platform.Tenants.ExtendTrial;

/// <summary>Extends a studio's trial; a studio whose trial had ended can write again.</summary>
[RequiresAccess(Access.Platform)]
public sealed record ExtendTrialCommand(string Subdomain, int Days) : ICommand<TenantDto>;

public sealed class ExtendTrialCommandHandler(TenantChanges changes, TimeProvider clock) : ICommandHandler<ExtendTrialCommand, TenantDto>
{
    public async ValueTask<TenantDto> Handle(ExtendTrialCommand command, CancellationToken ct) =>
        await changes.ApplyAsync(command.Subdomain, o => o.ExtendTrial(command.Days, clock.GetUtcNow()), ct);
}
