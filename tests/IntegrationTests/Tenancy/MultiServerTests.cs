using RecordingStudio.Application.Platform.Tenants.GetTenants;
using RecordingStudio.Domain.Platform;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class MultiServerTests(PlatformFixture platform)
{
    [Fact]
    public async Task Each_new_studio_goes_to_the_least_loaded_server_and_lives_there()
    {
        var placed = new Dictionary<string, int>();
        for (var i = 0; i < 4; i++)
        {
            var load = (await platform.SendAsync(new GetTenantsQuery()))
                .Where(t => t.ProvisioningState != ProvisioningState.Failed)
                .GroupBy(t => t.ServerKey!).ToDictionary(g => g.Key, g => g.Count());
            var least = new[] { "main", "second" }.Min(key => load.GetValueOrDefault(key));

            var (tenant, _) = await platform.CreateStudioAsync("placement");

            load.GetValueOrDefault(tenant.ServerKey!).ShouldBe(least);
            var other = tenant.ServerKey == "main" ? "second" : "main";
            (await platform.ScalarAsync(tenant.ServerKey!, "postgres", $"SELECT count(*) FROM pg_database WHERE datname = '{tenant.DatabaseName}'")).ShouldBe(1L);
            (await platform.ScalarAsync(other, "postgres", $"SELECT count(*) FROM pg_database WHERE datname = '{tenant.DatabaseName}'")).ShouldBe(0L);
            placed[tenant.ServerKey!] = placed.GetValueOrDefault(tenant.ServerKey!) + 1;
        }
        placed.Keys.Count.ShouldBe(2, "four studios in a row must not all land on one server");
    }
}
