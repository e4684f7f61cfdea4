using System.Collections.Concurrent;
using System.Net;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Tenancy;

/// <summary>More busy studios than the connection budget holds: requests wait their turn, never a 500, never over budget.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ConnectionLoadTests(PlatformFixture platform)
{
    [Fact]
    public async Task Forty_studios_in_flight_at_once_with_room_for_twelve_connections_get_no_500_and_stay_within_the_budget()
    {
        using var app = platform.CreateApp(new Dictionary<string, string?>
        {
            ["Tenancy:ConnectionBudget"] = "12",
            ["Tenancy:MaxPoolSizePerTenant"] = "2",
            ["Tenancy:PlatformPoolSize"] = "2",
        });
        var studios = new List<(TenantDto Tenant, HttpClient Http)>();
        for (var i = 0; i < 40; i++) studios.Add(await platform.CreateStudioAsync("load", app));
        var names = string.Join(",", studios.Select(s => $"'{s.Tenant.DatabaseName}'"));

        // Watch both servers while the burst runs: the budget holds per server, the platform pool aside.
        using var stop = new CancellationTokenSource();
        var peaks = new ConcurrentDictionary<string, long>();
        var watcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var server in new[] { "main", "second" })
                {
                    var open = (long)(await platform.ScalarAsync(server, "postgres",
                        $"SELECT count(*) FROM pg_stat_activity WHERE datname IN ({names})"))!;
                    peaks.AddOrUpdate(server, open, (_, peak) => Math.Max(peak, open));
                }
                await Task.Delay(10);
            }
        });

        var responses = await Task.WhenAll(studios.SelectMany(s => Enumerable.Range(0, 3).Select(async _ =>
        {
            using var response = await s.Http.GetAsync("/api/clients");
            return (Status: (int)response.StatusCode, Body: await response.Content.ReadAsStringAsync(), RetryAfter: response.Headers.RetryAfter);
        })));
        await stop.CancelAsync();
        await watcher;

        var outcome = string.Join(", ", responses.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
        responses.Count(r => r.Status is not (200 or 503)).ShouldBe(0, outcome + "\n" + responses.FirstOrDefault(r => r.Status is not (200 or 503)).Body);
        responses.Count(r => r.Status == 503 && (r.RetryAfter is null || !r.Body.Contains("database_unavailable"))).ShouldBe(0);
        responses.Count(r => r.Status == 200).ShouldBeGreaterThanOrEqualTo(110, outcome);
        // "main" also holds the platform catalog, whose pool (2) counts in its budget.
        peaks["main"].ShouldBeLessThanOrEqualTo(12 - 2, string.Join(", ", peaks));
        peaks["second"].ShouldBeLessThanOrEqualTo(12, string.Join(", ", peaks));
    }
}
