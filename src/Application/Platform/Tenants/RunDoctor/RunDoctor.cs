using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants.RunDoctor;

/// <summary>`rsm doctor`: every server reachable, templates current, the connection budget fits, no studio stuck.</summary>
[RequiresAccess(Access.Platform)]
public sealed record RunDoctorQuery : IQuery<DoctorReport>;

public sealed record DoctorReport(IReadOnlyList<ServerHealth> Servers, IReadOnlyList<TenantDto> StuckStudios)
{
    public bool Healthy => StuckStudios.Count == 0
        && Servers.All(s => s.Reachable && s.TemplateCurrent && s.BudgetFits);
}

/// <summary>Studios whose provisioning failed, or that have been provisioning for more than ten minutes.</summary>
public sealed class StuckStudiosSpec : Specification<Organization>
{
    public StuckStudiosSpec(DateTimeOffset provisioningSince) =>
        Query.Where(o => o.Status != OrganizationStatus.Deleted && o.Database != null
                         && (o.Database.State == ProvisioningState.Failed
                             || (o.Database.State == ProvisioningState.Provisioning && o.CreatedAt < provisioningSince)))
            .OrderBy(o => o.Subdomain).AsNoTracking();
}

public sealed class RunDoctorQueryHandler(IPlatformDiagnostics diagnostics, IReadRepository<Organization> organizations, TimeProvider clock)
    : IQueryHandler<RunDoctorQuery, DoctorReport>
{
    public async ValueTask<DoctorReport> Handle(RunDoctorQuery query, CancellationToken ct) =>
        new(await diagnostics.CheckServersAsync(ct),
            (await organizations.ListAsync(new StuckStudiosSpec(clock.GetUtcNow().AddMinutes(-10)), ct)).Select(TenantDto.From).ToList());
}
