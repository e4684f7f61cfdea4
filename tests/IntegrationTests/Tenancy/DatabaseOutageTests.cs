using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class DatabaseOutageTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_studio_whose_database_server_is_down_answers_503_with_retry_after_not_500()
    {
        var (tenant, _) = await platform.CreateStudioAsync("outage");
        // The same catalog, but the studio's server now points at a port nothing listens on.
        using var app = platform.CreateApp(new Dictionary<string, string?>
        {
            [$"Tenancy:Servers:{tenant.ServerKey}"] = "Host=127.0.0.1;Port=1;Username=rsm;Timeout=2",
        });
        var http = app.ClientFor(tenant.Subdomain);

        var response = await http.PostJsonAsync("/api/auth/token", new { email = PlatformFixture.OwnerEmail(tenant.Subdomain), password = PlatformFixture.OwnerPassword });

        var problem = await response.ProblemAsync(503);
        problem.GetProperty("code").GetString().ShouldBe("database_unavailable");
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(5));
    }
}
