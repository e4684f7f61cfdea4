using System.Net;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Tenancy;

/// <summary>Under steady traffic a studio's catalog entry never expires in a request's path; it is refreshed behind it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CatalogCacheTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_entry_past_its_age_is_served_while_a_fresh_copy_is_read_in_the_background()
    {
        using var app = platform.CreateApp(new Dictionary<string, string?> { ["Tenancy:ResolutionCacheSeconds"] = "1" });
        var (tenant, http) = await platform.CreateStudioAsync("refresh", app);
        (await http.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Another process suspends the studio (this app is not told) and the entry grows older than its age.
        await platform.PlatformScalarAsync($"UPDATE organizations SET status = 'Suspended' WHERE id = '{tenant.Id}'");
        await Task.Delay(1200);

        (await http.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.OK, "the request did not wait for the catalog");
        HttpStatusCode status = default;
        for (var i = 0; i < 50 && status != HttpStatusCode.Forbidden; i++)
        {
            await Task.Delay(50);
            status = (await http.GetAsync("/api/clients")).StatusCode;
        }
        status.ShouldBe(HttpStatusCode.Forbidden, "the refreshed entry says suspended");
        await platform.PlatformScalarAsync($"UPDATE organizations SET status = 'Active' WHERE id = '{tenant.Id}'");
    }
}
