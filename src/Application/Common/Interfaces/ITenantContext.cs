using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>The studio the current request or command runs for; null on the platform (apex) host.</summary>
public interface ITenantContext
{
    TenantInfo? Tenant { get; }
}

public sealed record TenantInfo(
    Guid OrganizationId,
    string Subdomain,
    string Name,
    OrganizationStatus Status,
    string DatabaseName,
    string ServerKey,
    string Plan = "trial",
    DateTimeOffset? TrialEndsAt = null,
    string TimeZone = "UTC",
    string Language = Organization.DefaultLanguage,
    PlanLimits? Limits = null)
{
    /// <summary>A studio on the trial plan past its end date: staff can still read, but not write.</summary>
    public bool TrialHasEnded(DateTimeOffset now) => Plan == "trial" && TrialEndsAt is { } end && end <= now;

    /// <summary>Days on the studio's calendar until a running trial's last day (0: it ends today), or null when none runs.</summary>
    public int? TrialDaysLeft(DateTimeOffset now) =>
        Plan == "trial" && TrialEndsAt is { } end && end > now ? (OnStudioClock(end).Date - OnStudioClock(now).Date).Days : null;

    /// <summary>An instant on the studio's clock, as its pages show times ("until 15:42", not UTC).</summary>
    public DateTimeOffset OnStudioClock(DateTimeOffset instant) =>
        Domain.Studio.StudioCalendar.IsKnownTimeZone(TimeZone) ? new Domain.Studio.StudioCalendar(TimeZone).ToLocal(instant) : instant;
}

/// <summary>What the studio's plan allows (null: no limit), with the plan's name as people read it.</summary>
public sealed record PlanLimits(string Title, int? Rooms, int? Staff, int? AssistantTurnsPerMonth)
{
    public static PlanLimits Of(Plan plan) => new(plan.Title, plan.MaxRooms, plan.MaxStaff, plan.MaxAssistantTurnsPerMonth);
}
