using Mediator;
using RecordingStudio.Cli;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;

namespace RecordingStudio.TestSupport;

/// <summary>
/// One platform catalog and template per test run, on two PostgreSQL servers; tests make their own studios
/// (cloning the template is cheap) with unique subdomains, so they never see each other's data.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public string RunId { get; } = Guid.NewGuid().ToString("N")[..8];
    public string PlatformDatabase => $"rsm_platform_{RunId}";
    public string TemplateDatabase => $"rsm_template_{RunId}";
    public StudioAppFactory App { get; private set; } = null!;
    /// <summary>The operator's side (the rsm CLI's services): provisioning, migrations, studio status.</summary>
    public ServiceProvider Operator { get; private set; } = null!;
    public string OutboxDirectory { get; } = Path.Combine(Path.GetTempPath(), "rsm-test-outbox-" + Guid.NewGuid().ToString("N")[..8]);
    public const string OwnerPassword = "owner-password-123";

    public ServiceProvider CreateOperator(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null) =>
        CliApp.BuildServices(CliApp.LoadConfiguration(Settings(overrides)), configure: services);

    /// <summary>Settings every app and operator of this fixture gets, set before it starts (e.g. by the browser tests).</summary>
    public Dictionary<string, string?> Defaults { get; } = new();

    /// <summary>Where the studios' requests to the platform (a plan) are e-mailed.</summary>
    public const string OperatorEmail = "operator@platform.test";

    public IReadOnlyDictionary<string, string?> Settings(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Platform"] = new NpgsqlConnectionStringBuilder(TestDatabases.Server1) { Database = PlatformDatabase }.ConnectionString,
            ["Tenancy:Servers:main"] = TestDatabases.Server1,
            ["Tenancy:Servers:second"] = TestDatabases.Server2,
            ["Tenancy:TemplateDatabase"] = TemplateDatabase,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Email:OutboxDirectory"] = OutboxDirectory,
            ["Platform:OperatorEmail"] = OperatorEmail,
            // Every test client shares one address in the test server; the rate limits have their own test.
            ["RateLimits:SignInPerMinute"] = "100000",
            ["RateLimits:SignupsPerHour"] = "100000",
            // Databases made in the background would race the tests that count them; SpareDatabaseTests turns them on.
            ["Tenancy:SpareDatabases"] = "0",
            // Reminders falling due mid-run would write to other tests' outboxes; TimedWorkTests runs instances that do it.
            ["Tenancy:DueWorkPollSeconds"] = "0",
        };
        foreach (var (key, value) in Defaults.Concat(overrides ?? new Dictionary<string, string?>())) settings[key] = value;
        return settings;
    }

    public StudioAppFactory CreateApp(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null) =>
        new(Settings(overrides), services);

    public async Task InitializeAsync()
    {
        App = CreateApp();
        Operator = CreateOperator();
        var report = await SendAsync(new MigrateTenantsCommand());
        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Templates.Prepend(report.Platform).Select(t => t.Error)));
    }

    public async Task DisposeAsync()
    {
        App?.Dispose();
        if (Operator is not null) await Operator.DisposeAsync();
    }

    /// <summary>A subdomain no other test uses: the prefix says which test made it.</summary>
    public static string UniqueSubdomain(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>Runs `rsm` in-process against this platform, as an operator would type it.</summary>
    public async Task<(int Exit, string Out, string Err)> RsmAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, CliApp.LoadConfiguration(Settings()), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static string OwnerEmail(string subdomain) => $"owner@{subdomain}.test";

    /// <summary>A new studio with its Owner, and a client signed in as that Owner with a bearer token.</summary>
    public async Task<(TenantDto Tenant, HttpClient Client)> CreateStudioAsync(string prefix = "studio", StudioAppFactory? app = null)
    {
        app ??= App;
        var subdomain = UniqueSubdomain(prefix);
        var tenant = await SendAsync(new ProvisionTenantCommand(subdomain, $"Studio {prefix}", "Europe/Paris",
            Owner: new StudioOwner("Olivia Owner", OwnerEmail(subdomain), OwnerPassword)));
        var client = app.ClientFor(subdomain);
        await client.SignInWithTokenAsync(OwnerEmail(subdomain), OwnerPassword);
        return (tenant, client);
    }

    /// <summary>
    /// Drops the web app's cached resolution of a studio the operator just changed; across processes the app
    /// would see the change once the cache entry expires.
    /// </summary>
    public void ForgetStudio(string subdomain, StudioAppFactory? app = null)
    {
        using var scope = (app ?? App).Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<RecordingStudio.Infrastructure.Tenancy.TenantResolver>().Forget(subdomain);
    }

    public async Task<T> SendAsync<T>(ICommand<T> command, ServiceProvider? services = null) => await SendCoreAsync<T>(command, services);
    public async Task<T> SendAsync<T>(IQuery<T> query, ServiceProvider? services = null) => await SendCoreAsync<T>(query, services);

    private async Task<T> SendCoreAsync<T>(IMessage message, ServiceProvider? services)
    {
        await using var scope = (services ?? Operator).CreateAsyncScope();
        return (T)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)message))!;
    }

    /// <summary>Runs SQL on a database of one of the two servers ("main" or "second"), outside the application.</summary>
    public async Task<object?> ScalarAsync(string serverKey, string database, string sql)
    {
        await using var connection = await OpenAsync(serverKey, database);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>An unpooled connection of its own to a database of one of the two servers, e.g. to hold a transaction open.</summary>
    public async Task<NpgsqlConnection> OpenAsync(string serverKey, string database)
    {
        var server = serverKey == "main" ? TestDatabases.Server1 : TestDatabases.Server2;
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public Task<object?> PlatformScalarAsync(string sql) => ScalarAsync("main", PlatformDatabase, sql);
}
