using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Tenancy;

/// <summary>When every connection of a server is in use, requests wait in line, in order, for a bounded time.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ConnectionQueueTests(PlatformFixture platform)
{
    /// <summary>Room for one studio connection on the "second" server (which holds no platform pool).</summary>
    private StudioAppFactory OneConnectionApp() => platform.CreateApp(new Dictionary<string, string?>
    {
        ["Tenancy:ConnectionBudget"] = "1",
        ["Tenancy:ConnectionWaitSeconds"] = "1",
    });

    private async Task<List<(TenantDto Tenant, HttpClient Http)>> StudiosOnSecondServerAsync(StudioAppFactory app, int count)
    {
        var studios = new List<(TenantDto, HttpClient)>();
        while (studios.Count < count)
        {
            var studio = await platform.CreateStudioAsync("queue", app);
            if (studio.Tenant.ServerKey == "second") studios.Add(studio);
        }
        return studios;
    }

    private static TenantInfo Info(TenantDto tenant) =>
        new(tenant.Id, tenant.Subdomain, tenant.Name, OrganizationStatus.Active, tenant.DatabaseName!, tenant.ServerKey!);

    [Fact]
    public async Task A_request_that_finds_every_connection_in_use_waits_then_gets_503_with_retry_after()
    {
        using var app = OneConnectionApp();
        var studios = await StudiosOnSecondServerAsync(app, 2);
        var registry = app.Services.GetRequiredService<TenantDataSourceRegistry>();

        using (await registry.AcquireAsync(Info(studios[0].Tenant), CancellationToken.None))
        {
            var started = DateTimeOffset.UtcNow;
            var refused = await studios[1].Http.GetAsync("/api/clients");
            (DateTimeOffset.UtcNow - started).ShouldBeGreaterThan(TimeSpan.FromSeconds(0.9), "it waited its turn first");
            (await refused.ProblemAsync(503)).GetProperty("code").GetString().ShouldBe("database_unavailable");
            refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(5));
        }
        (await studios[1].Http.GetAsync("/api/clients")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        registry.ReservedOn("second").ShouldBe(1);
    }

    [Fact]
    public async Task Waiting_requests_are_served_in_the_order_they_arrived()
    {
        using var app = OneConnectionApp();
        var studios = (await StudiosOnSecondServerAsync(app, 4)).Select(s => Info(s.Tenant)).ToList();
        var registry = app.Services.GetRequiredService<TenantDataSourceRegistry>();
        var served = new List<int>();

        var first = await registry.AcquireAsync(studios[0], CancellationToken.None);
        var waiting = new List<Task>();
        for (var i = 1; i < 4; i++)
        {
            var turn = i;
            waiting.Add(Task.Run(async () =>
            {
                using var lease = await registry.AcquireAsync(studios[turn], CancellationToken.None);
                lock (served) served.Add(turn);
                await Task.Delay(50);
            }));
            await Task.Delay(50); // arrive one after the other
        }
        first.Dispose();
        await Task.WhenAll(waiting);
        served.ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task The_servers_budget_connections_and_waits_are_scraped_as_metrics()
    {
        using var app = OneConnectionApp();
        var studios = await StudiosOnSecondServerAsync(app, 2);
        var registry = app.Services.GetRequiredService<TenantDataSourceRegistry>();
        using (await registry.AcquireAsync(Info(studios[0].Tenant), CancellationToken.None))
        {
            (await studios[1].Http.GetAsync("/api/clients")).StatusCode.ShouldBe(System.Net.HttpStatusCode.ServiceUnavailable);
            var busy = await app.ApexClient().GetStringAsync("/metrics");
            (Metric(busy, "rsm_db_connections_leased"), Metric(busy, "rsm_db_connections_open"), Metric(busy, "rsm_db_connections_budget"))
                .ShouldBe((1, 1, 1), busy.Length > 3000 ? busy[..3000] : busy);
        }
        (await studios[1].Http.GetAsync("/api/clients")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);

        // The exporter keeps a scrape for 300 ms, and the lease is given back as the request's scope ends: ask again.
        var text = "";
        for (var tries = 0; tries < 20 && (text == "" || Metric(text, "rsm_db_connections_leased") != 0); tries++, await Task.Delay(200))
            text = await app.ApexClient().GetStringAsync("/metrics");
        Metric(text, "rsm_db_connections_leased").ShouldBe(0);
        Metric(text, "rsm_db_pools_open").ShouldBe(1);
        Metric(text, "rsm_db_connection_waits_total", "outcome=\"timed_out\"").ShouldBe(1);
        Metric(text, "rsm_db_connection_wait_time_milliseconds_count", "outcome=\"timed_out\"").ShouldBe(1);
    }

    /// <summary>The value of a metric's series for the "second" server in a Prometheus scrape.</summary>
    private static double Metric(string scrape, string name, string? label = null)
    {
        var line = scrape.Split('\n').SingleOrDefault(l => l.StartsWith(name + "{") && l.Contains("server=\"second\"") && (label is null || l.Contains(label)));
        line.ShouldNotBeNull($"{name} for the server 'second' is not in the scrape");
        return double.Parse(line.Split("} ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
