using System.Globalization;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Plans;
using RecordingStudio.Application.Accounts;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Domain.Platform;
using Microsoft.Extensions.Logging;

namespace RecordingStudio.Application.Platform.Plans.RequestPlan;

/// <summary>
/// The Owner chooses a plan: recorded on the studio (the operator sees it in <c>rsm tenants show</c> and <c>list</c>) and
/// e-mailed to the operator (<c>Platform:OperatorEmail</c>), who sets it with <c>rsm tenants set-plan</c> until the
/// platform bills online. Allowed after the trial has ended: it is the way forward.
/// </summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record RequestPlanCommand(string Plan) : ICommand<StudioPlanDto>, IAllowedAfterTrial;

/// <summary>Who hears of the studios' requests to the platform.</summary>
public sealed record PlatformContact(string? OperatorEmail);

public sealed class RequestPlanCommandHandler(
    IRepository<Organization> organizations,
    PlanUsage usage,
    IReadRepository<Plan> plans,
    ITenantContext tenant,
    ITenantCache cache,
    IEmailSender email,
    PlatformContact contact,
    ICurrentUser user,
    IAccountDirectory accounts,
    ILogger<RequestPlanCommandHandler> logger,
    TimeProvider clock) : ICommandHandler<RequestPlanCommand, StudioPlanDto>
{
    public async ValueTask<StudioPlanDto> Handle(RequestPlanCommand command, CancellationToken ct)
    {
        var studio = tenant.RequireStudio();
        var plan = await plans.GetByIdAsync(command.Plan.Trim().ToLowerInvariant(), ct);
        if (plan is not { Selectable: true })
            throw new NotFoundException("Plan", command.Plan);
        var organization = await organizations.GetStudioAsync(studio.Subdomain, ct);
        if (organization.Plan == plan.Name)
            throw new ConflictException("plan_current", "{0} is already on the {1} plan.", studio.Name, plan.Title);
        // The same request again within the hour is on record already: the operator is not e-mailed twice.
        var repeated = organization.RequestedPlan == plan.Name && organization.PlanRequestedAt > clock.GetUtcNow().AddHours(-1);
        organization.RequestPlan(plan.Name, clock.GetUtcNow());
        await organizations.SaveChangesAsync(ct);
        await cache.InvalidateAsync(studio.Subdomain, ct);
        if (repeated) return StudioPlanDto.Of(organization, studio.TrialHasEnded(clock.GetUtcNow()), await plans.ListAsync(new GetPlans.PlansByPriceSpec(), ct), await usage.AllAsync(ct));

        var owner = user.UserId is { } id ? await accounts.FindAsync(id, ct) : null;
        if (contact.OperatorEmail is { Length: > 0 } operatorEmail)
            await email.SendAsync(new EmailMessage(operatorEmail, $"plan_requested: {studio.Subdomain} asks for {plan.Title}",
                $"{studio.Name} ({studio.Subdomain}) asks for the {plan.Title} plan" +
                (plan.MonthlyPrice is { } price ? $" ({price.ToString("0.00", CultureInfo.InvariantCulture)} {plan.Currency} a month)" : "") + ".\n" +
                $"Asked by {owner?.DisplayName ?? "an Owner"} <{owner?.Email ?? "?"}> on {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC; now on '{organization.Plan}'" +
                (organization.TrialEndsAt is { } end ? $", trial until {end:yyyy-MM-dd}" : "") + ".\n\n" +
                $"To give it: rsm tenants set-plan {studio.Subdomain} {plan.Name}\n"), ct);
        else
            logger.LogWarning("Studio {Subdomain} asked for the {Plan} plan; set Platform:OperatorEmail to be e-mailed such requests", studio.Subdomain, plan.Name);
        return StudioPlanDto.Of(organization, studio.TrialHasEnded(clock.GetUtcNow()), await plans.ListAsync(new GetPlans.PlansByPriceSpec(), ct), await usage.AllAsync(ct));
    }
}
