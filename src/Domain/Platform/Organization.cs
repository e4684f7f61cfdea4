using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Platform;

public enum OrganizationStatus
{
    Active,
    Suspended,
    Deleted,
}

/// <summary>A studio as the platform knows it: its subdomain, plan and where its database lives.</summary>
public sealed class Organization : Entity
{
    private Organization() { }

    public Organization(string name, string subdomain, string timeZone, DateTimeOffset createdAt)
    {
        Name = Guard.Required(name, nameof(Name), FieldLimits.Name);
        Subdomain = subdomain;
        TimeZone = timeZone;
        CreatedAt = createdAt;
        Plan = Platform.Plan.Trial;
        TrialEndsAt = createdAt.AddDays(14);
    }

    public string Name { get; private set; } = "";
    public string Subdomain { get; private set; } = "";
    public string TimeZone { get; private set; } = "UTC";
    public string Plan { get; private set; } = "trial";
    /// <summary>The language the studio's pages, e-mails and assistant speak to whoever has not chosen one ("fr", "en").</summary>
    public string Language { get; private set; } = DefaultLanguage;
    public OrganizationStatus Status { get; private set; }
    public string? SuspensionReason { get; private set; }
    public DateTimeOffset? TrialEndsAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>When someone last signed in to the studio (for the operator's overview).</summary>
    public DateTimeOffset? LastActivityAt { get; private set; }
    public TenantDatabase? Database { get; private set; }
    /// <summary>The plan the owner asked for, until the operator sets it (<see cref="SetPlan"/>).</summary>
    public string? RequestedPlan { get; private set; }
    public DateTimeOffset? PlanRequestedAt { get; private set; }

    public void AttachDatabase(TenantDatabase database) => Database = database;

    public void UpdateProfile(string name, string timeZone)
    {
        Name = Guard.Required(name, nameof(Name), FieldLimits.Name);
        TimeZone = timeZone;
    }

    public void Suspend(string reason)
    {
        Status = OrganizationStatus.Suspended;
        SuspensionReason = Guard.Required(reason, "Reason", FieldLimits.Notes);
    }

    public void Resume()
    {
        Status = OrganizationStatus.Active;
        SuspensionReason = null;
    }

    /// <summary>Extends the trial by some days from its end, or from now when it has already ended.</summary>
    public void ExtendTrial(int days, DateTimeOffset now)
    {
        if (days is < 1 or > 365) throw new DomainException("invalid_trial_extension", "Extend a trial by 1 to 365 days.");
        var from = TrialEndsAt is { } end && end > now ? end : now;
        TrialEndsAt = from.AddDays(days);
    }

    /// <summary>The studio's database is gone; the row stays for the record and its subdomain is free again.</summary>
    public void MarkDeleted() => Status = OrganizationStatus.Deleted;

    public const string DefaultLanguage = "en";
    public const int MaxLanguage = 8;

    /// <summary>A two-letter language the product speaks; which ones it speaks is the application's to check.</summary>
    public void SetLanguage(string language)
    {
        Language = Guard.Required(language, nameof(Language), MaxLanguage).ToLowerInvariant();
    }

    public void SetPlan(string plan)
    {
        Plan = Guard.Required(plan, nameof(Plan), Platform.Plan.MaxName).ToLowerInvariant();
        (RequestedPlan, PlanRequestedAt) = (null, null);
    }

    /// <summary>The owner's choice, waiting for the operator; asking again replaces it.</summary>
    public void RequestPlan(string plan, DateTimeOffset now) =>
        (RequestedPlan, PlanRequestedAt) = (Guard.Required(plan, nameof(RequestedPlan), Platform.Plan.MaxName).ToLowerInvariant(), now);

}
