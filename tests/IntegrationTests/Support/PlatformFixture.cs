using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;

namespace RecordingStudio.IntegrationTests.Support;

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

    public IReadOnlyDictionary<string, string?> Settings(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Platform"] = new NpgsqlConnectionStringBuilder(TestDatabases.Server1) { Database = PlatformDatabase }.ConnectionString,
            ["Tenancy:Servers:main"] = TestDatabases.Server1,
            ["Tenancy:Servers:second"] = TestDatabases.Server2,
            ["Tenancy:TemplateDatabase"] = TemplateDatabase,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
        return settings;
    }

    public StudioAppFactory CreateApp(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null) =>
        new(Settings(overrides), services);

    public async Task InitializeAsync()
    {
        App = CreateApp();
        var report = await SendAsync(new MigrateTenantsCommand());
        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Templates.Select(t => t.Error)));
    }

    public Task DisposeAsync()
    {
        App?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A subdomain no other test uses: the prefix says which test made it.</summary>
    public static string UniqueSubdomain(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public async Task<(TenantDto Tenant, HttpClient Client)> CreateStudioAsync(string prefix = "studio", StudioAppFactory? app = null)
    {
        app ??= App;
        var tenant = await SendAsync(new ProvisionTenantCommand(UniqueSubdomain(prefix), $"Studio {prefix}", "Europe/Paris"), app);
        return (tenant, app.ClientFor(tenant.Subdomain));
    }

    public async Task<T> SendAsync<T>(ICommand<T> command, StudioAppFactory? app = null) => await SendCoreAsync<T>(command, app);
    public async Task<T> SendAsync<T>(IQuery<T> query, StudioAppFactory? app = null) => await SendCoreAsync<T>(query, app);

    private async Task<T> SendCoreAsync<T>(IMessage message, StudioAppFactory? app)
    {
        await using var scope = (app ?? App).Services.CreateAsyncScope();
        return (T)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)message))!;
    }

    /// <summary>Runs SQL on a database of one of the two servers ("main" or "second"), outside the application.</summary>
    public async Task<object?> ScalarAsync(string serverKey, string database, string sql)
    {
        var server = serverKey == "main" ? TestDatabases.Server1 : TestDatabases.Server2;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public Task<object?> PlatformScalarAsync(string sql) => ScalarAsync("main", PlatformDatabase, sql);
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
