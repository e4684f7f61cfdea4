using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Plans;

/// <summary>A plan as owners compare them; a null limit is "no limit", a null price "free".</summary>
public sealed record PlanDto(string Name, string Title, int? MaxRooms, int? MaxStaff, int? MaxAssistantTurnsPerMonth, decimal? MonthlyPrice,
    string Currency, bool Selectable)
{
    public static PlanDto From(Plan p) => new(p.Name, p.Title, p.MaxRooms, p.MaxStaff, p.MaxAssistantTurnsPerMonth, p.MonthlyPrice, p.Currency, p.Selectable);
}

/// <summary>The studio's plan, its trial's end, the plan it asked for (until the operator sets it) and the catalog.</summary>
public sealed record StudioPlanDto(string Plan, DateTimeOffset? TrialEndsAt, bool TrialEnded, string? RequestedPlan, DateTimeOffset? RequestedAt,
    IReadOnlyList<PlanDto> Plans)
{
    public static StudioPlanDto Of(Organization studio, bool trialEnded, IEnumerable<Plan> catalog) =>
        new(studio.Plan, studio.TrialEndsAt, trialEnded, studio.RequestedPlan, studio.PlanRequestedAt, catalog.Select(PlanDto.From).ToList());
}
