using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class DatabaseOutageTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_studio_whose_database_server_is_down_answers_503_with_retry_after_not_500()
    {
        var (tenant, _) = await platform.CreateStudioAsync("outage");
        var logs = new CapturedLogs();
        // The same catalog, but the studio's server now points at a port nothing listens on.
        using var app = platform.CreateApp(new Dictionary<string, string?>
        {
            [$"Tenancy:Servers:{tenant.ServerKey}"] = "Host=127.0.0.1;Port=1;Username=rsm;Timeout=2",
        }, services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        var http = app.ClientFor(tenant.Subdomain);

        var response = await http.PostJsonAsync("/api/auth/token", new { email = PlatformFixture.OwnerEmail(tenant.Subdomain), password = PlatformFixture.OwnerPassword });

        var problem = await response.ProblemAsync(503);
        problem.GetProperty("code").GetString().ShouldBe("database_unavailable");
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(5));
        // The operator finds the outage's line under the studio's name and the request's trace id.
        var line = logs.Scoped.FirstOrDefault(l => l.Message.StartsWith("Database unavailable"));
        line.Scope.ShouldNotBeNull("the outage is logged");
        (line.Scope.GetValueOrDefault("Studio"), line.Scope.GetValueOrDefault("TraceId")?.ToString()?.Length).ShouldBe((tenant.Subdomain, 32));
    }
}
