using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Plans;

/// <summary>A plan as owners compare them; a null limit is "no limit", a null price "free".</summary>
public sealed record PlanDto(string Name, string Title, int? MaxRooms, int? MaxStaff, int? MaxAssistantTurnsPerMonth, decimal? MonthlyPrice,
    string Currency, bool Selectable)
{
    public static PlanDto From(Plan p) => new(p.Name, p.Title, p.MaxRooms, p.MaxStaff, p.MaxAssistantTurnsPerMonth, p.MonthlyPrice, p.Currency, p.Selectable);
}

/// <summary>What the studio has of what plans count: rooms taking bookings, staff accounts, questions to the assistant this month.</summary>
public sealed record PlanUsageDto(int Rooms, int Staff, int AssistantTurnsThisMonth);

/// <summary>What a plan counts.</summary>
public enum PlanCounted { Rooms, Staff, AssistantTurnsThisMonth }

/// <summary>One limit of the plan the studio is over (after the operator moved it to a smaller plan).</summary>
public sealed record PlanExcessDto(PlanCounted Counted, int Used, int Allowed);

/// <summary>The studio's plan, its trial's end, the plan it asked for (until the operator sets it), what it uses and the catalog.</summary>
public sealed record StudioPlanDto(string Plan, DateTimeOffset? TrialEndsAt, bool TrialEnded, string? RequestedPlan, DateTimeOffset? RequestedAt,
    PlanUsageDto Usage, IReadOnlyList<PlanDto> Plans)
{
    public static StudioPlanDto Of(Organization studio, bool trialEnded, IEnumerable<Plan> catalog, PlanUsageDto usage) =>
        new(studio.Plan, studio.TrialEndsAt, trialEnded, studio.RequestedPlan, studio.PlanRequestedAt, usage, catalog.Select(PlanDto.From).ToList());

    /// <summary>
    /// The limits of its plan the studio is over: what it has keeps working (its rooms keep their bookings), but nothing
    /// more of that kind is added until it is under the limit again.
    /// </summary>
    public IReadOnlyList<PlanExcessDto> Excess => Plans.FirstOrDefault(p => p.Name == Plan) is not { } plan ? [] :
        new[]
        {
            new PlanExcessDto(PlanCounted.Rooms, Usage.Rooms, plan.MaxRooms ?? int.MaxValue),
            new PlanExcessDto(PlanCounted.Staff, Usage.Staff, plan.MaxStaff ?? int.MaxValue),
            new PlanExcessDto(PlanCounted.AssistantTurnsThisMonth, Usage.AssistantTurnsThisMonth, plan.MaxAssistantTurnsPerMonth ?? int.MaxValue),
        }.Where(e => e.Used > e.Allowed).ToList();
}
