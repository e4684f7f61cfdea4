using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class ConnectionBudgetTests(PlatformFixture platform)
{
    [Fact]
    public async Task More_studios_than_the_budget_holds_pools_for_are_served_within_the_budget()
    {
        // Budget 6 per server, the platform pool's 2 of them on "main": studio connections beyond that close the least
        // recently used idle pools first. Idle connections would otherwise live for 5 minutes.
        using var app = platform.CreateApp(new Dictionary<string, string?>
        {
            ["Tenancy:ConnectionBudget"] = "6",
            ["Tenancy:MaxPoolSizePerTenant"] = "2",
            ["Tenancy:PlatformPoolSize"] = "2",
            ["Tenancy:ConnectionIdleLifetimeSeconds"] = "300",
        });
        var studios = new List<(Application.Platform.Tenants.TenantDto Tenant, HttpClient Http)>();
        for (var i = 0; i < 8; i++) studios.Add(await platform.CreateStudioAsync("budget", app));

        foreach (var (_, http) in studios)
        {
            var response = await http.GetAsync("/api/clients");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        var registry = app.Services.GetRequiredService<TenantDataSourceRegistry>();
        var names = string.Join(",", studios.Select(s => $"'{s.Tenant.DatabaseName}'"));
        foreach (var (server, budget) in new[] { ("main", 4), ("second", 6) })
        {
            registry.ReservedOn(server).ShouldBeLessThanOrEqualTo(budget);
            var open = (long)(await platform.ScalarAsync(server, "postgres", $"SELECT count(*) FROM pg_stat_activity WHERE datname IN ({names})"))!;
            open.ShouldBeLessThanOrEqualTo(budget, server);
        }
        registry.OpenPools.ShouldBeGreaterThan(0);
    }
}
