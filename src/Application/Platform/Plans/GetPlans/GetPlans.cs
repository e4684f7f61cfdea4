using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Accounts;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Plans;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Plans.GetPlans;

/// <summary>The plan catalog, cheapest first (the trial first of all).</summary>
[RequiresAccess(Access.Platform)]
public sealed record GetPlansQuery : IQuery<IReadOnlyList<PlanDto>>;

/// <summary>The studio's own plan and the plans it may choose, for its staff (the Plan page, GET /api/studio/plan).</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetStudioPlanQuery : IQuery<StudioPlanDto>;

public sealed class PlansByPriceSpec : Specification<Plan>
{
    public PlansByPriceSpec() => Query.OrderBy(p => p.Selectable).ThenBy(p => p.MonthlyPrice).ThenBy(p => p.Name).AsNoTracking();
}

public sealed class GetPlansQueryHandler(IReadRepository<Plan> plans) : IQueryHandler<GetPlansQuery, IReadOnlyList<PlanDto>>
{
    public async ValueTask<IReadOnlyList<PlanDto>> Handle(GetPlansQuery query, CancellationToken ct) =>
        (await plans.ListAsync(new PlansByPriceSpec(), ct)).Select(PlanDto.From).ToList();
}

public sealed class GetStudioPlanQueryHandler(IReadRepository<Plan> plans, IReadRepository<Organization> organizations, ITenantContext tenant,
    PlanUsage usage, TimeProvider clock)
    : IQueryHandler<GetStudioPlanQuery, StudioPlanDto>
{
    public async ValueTask<StudioPlanDto> Handle(GetStudioPlanQuery query, CancellationToken ct)
    {
        var studio = tenant.RequireStudio();
        var organization = await organizations.GetStudioAsync(studio.Subdomain, ct);
        return StudioPlanDto.Of(organization, studio.TrialHasEnded(clock.GetUtcNow()), await plans.ListAsync(new PlansByPriceSpec(), ct), await usage.AllAsync(ct));
    }
}
