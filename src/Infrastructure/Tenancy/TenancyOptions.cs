namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>Configuration section "Tenancy".</summary>
public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    /// <summary>The apex host; studios live at &lt;subdomain&gt;.&lt;RootDomain&gt;.</summary>
    public string RootDomain { get; set; } = "localhost";

    public const string DefaultStudioUrlTemplate = "http://{subdomain}.localhost:8080";

    /// <summary>
    /// How a studio's own site is reached from outside, for links in e-mails and after signup. Empty means the default
    /// (docker-compose passes an unset variable as empty).
    /// </summary>
    public string StudioUrlTemplate
    {
        get;
        set => field = string.IsNullOrWhiteSpace(value) ? DefaultStudioUrlTemplate : value;
    } = DefaultStudioUrlTemplate;

    /// <summary>Server key → admin connection string (any database; the studio database name is substituted).
    /// Empty: one server "main", the platform database's server.</summary>
    public Dictionary<string, string> Servers { get; set; } = new();

    /// <summary>The database every new studio is cloned from, kept at the latest schema by the migrator.</summary>
    public string TemplateDatabase { get; set; } = "rsm_template";

    /// <summary>Connections one studio's pool may hold; studios are many, so keep it small.</summary>
    public int MaxPoolSizePerTenant { get; set; } = 5;

    /// <summary>
    /// Connections this process may hold open to each PostgreSQL server: studio pools, plus the platform pool on the
    /// platform's server. A hard limit; the sum over all instances must stay below max_connections (rsm doctor checks).
    /// </summary>
    public int ConnectionBudget { get; set; } = 60;

    /// <summary>Connections the platform catalog's pool may hold (counted in its server's budget).</summary>
    public int PlatformPoolSize { get; set; } = 10;

    /// <summary>Studio databases kept ready per server (made from the current template), so signup need not wait for one.</summary>
    public int SpareDatabases { get; set; } = 2;

    /// <summary>How long a request waits in line for a studio connection before it gets 503 database_unavailable.</summary>
    public int ConnectionWaitSeconds { get; set; } = 5;

    /// <summary>Idle studio connections are closed after this many seconds.</summary>
    public int ConnectionIdleLifetimeSeconds { get; set; } = 30;

    /// <summary>How often each instance looks for the studios' timed work that has fallen due (hold expiry, reminders); 0 leaves it to other instances.</summary>
    public double DueWorkPollSeconds { get; set; } = 5;

    /// <summary>How long a subdomain → studio resolution is cached.</summary>
    public int ResolutionCacheSeconds { get; set; } = 30;
}
