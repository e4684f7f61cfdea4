using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.IntegrationTests.Support;

namespace RecordingStudio.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class ConnectionBudgetTests(PlatformFixture platform)
{
    [Fact]
    public async Task More_studios_than_the_budget_holds_pools_for_are_served_within_the_budget()
    {
        // Budget 6 with pools of 2: room for 3 studio pools. Idle connections would otherwise live for 5 minutes.
        using var app = platform.CreateApp(new Dictionary<string, string?>
        {
            ["Tenancy:ConnectionBudget"] = "6",
            ["Tenancy:MaxPoolSizePerTenant"] = "2",
            ["Tenancy:ConnectionIdleLifetimeSeconds"] = "300",
        });
        var studios = new List<(Application.Platform.Tenants.TenantDto Tenant, HttpClient Http)>();
        for (var i = 0; i < 8; i++) studios.Add(await platform.CreateStudioAsync("budget", app));

        foreach (var (_, http) in studios)
        {
            var response = await http.GetAsync("/api/clients");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        app.Services.GetRequiredService<TenantDataSourceRegistry>().OpenPools.ShouldBeLessThanOrEqualTo(3);
        var names = string.Join(",", studios.Select(s => $"'{s.Tenant.DatabaseName}'"));
        long open = 0;
        foreach (var server in new[] { "main", "second" })
            open += (long)(await platform.ScalarAsync(server, "postgres", $"SELECT count(*) FROM pg_stat_activity WHERE datname IN ({names})"))!;
        open.ShouldBeGreaterThan(0);
        open.ShouldBeLessThanOrEqualTo(6);
    }
}
