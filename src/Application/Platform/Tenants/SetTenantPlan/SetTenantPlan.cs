using Mediator;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Platform.Tenants.SetTenantPlan;

/// <summary>Moves a studio to a plan; "trial" keeps the trial rules, any other plan lifts them.</summary>
[RequiresAccess(Access.Platform)]
public sealed record SetTenantPlanCommand(string Subdomain, string Plan) : ICommand<TenantDto>;

public sealed class SetTenantPlanCommandHandler(TenantChanges changes) : ICommandHandler<SetTenantPlanCommand, TenantDto>
{
    public async ValueTask<TenantDto> Handle(SetTenantPlanCommand command, CancellationToken ct) =>
        await changes.ApplyAsync(command.Subdomain, o => o.SetPlan(command.Plan), ct);
}
