using System.Net;
using System.Text.Json;
using RecordingStudio.Application.Platform.Tenants.CheckSubdomainAvailability;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Api;

[Collection(PlatformCollection.Name)]
public sealed class HostingTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer(string url)
    {
        var response = await platform.App.ApexClient().GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Readiness_fails_when_the_platform_database_is_unreachable()
    {
        using var app = platform.CreateApp(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Platform"] = "Host=127.0.0.1;Port=1;Username=rsm;Database=nowhere;Timeout=2",
        });
        (await app.ApexClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await app.ApexClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_studio_api()
    {
        var document = await (await platform.App.ApexClient().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        foreach (var path in new[] { "/api/clients", "/api/rooms", "/api/engineers", "/api/sessions", "/api/studio/overview", "/api/tenants/availability" })
            document.ShouldContain($"\"{path}");
        (await platform.App.ApexClient().GetAsync("/scalar/v1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApi_document_lists_each_operations_problem_answers()
    {
        var document = JsonDocument.Parse(await platform.App.ApexClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            operations++;
            var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
            var responses = operation.Value.GetProperty("responses");
            string[] expected =
            [
                "400",
                .. path.Name.Contains('{') || StudioStaff(path.Name) ? ["404"] : Array.Empty<string>(),
                .. operation.Name is not ("get" or "head") ? ["409"] : Array.Empty<string>(),
                .. StudioStaff(path.Name) ? ["401", "403", "503"] : Array.Empty<string>(),
            ];
            foreach (var status in expected)
            {
                responses.TryGetProperty(status, out var response).ShouldBeTrue($"{where} does not document {status}");
                response.GetProperty("content").TryGetProperty("application/problem+json", out _)
                    .ShouldBeTrue($"{where}: {status} is not ProblemDetails");
            }
        }
        operations.ShouldBeGreaterThan(40);
        foreach (var signIn in new[] { "/api/auth/login", "/api/auth/token", "/api/portal/login" })
        foreach (var refusal in new[] { "401", "423" })
            document.GetProperty("paths").GetProperty(signIn).GetProperty("post").GetProperty("responses").TryGetProperty(refusal, out _)
                .ShouldBeTrue($"POST {signIn} does not document {refusal}");

        static bool StudioStaff(string path) =>
            new[] { "/api/clients", "/api/rooms", "/api/engineers", "/api/sessions", "/api/staff", "/api/api-keys", "/api/studio" }
                .Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fresh-name", true, null)]
    [InlineData("www", false, "reserved")]
    [InlineData("a", false, "format")]
    [InlineData("Bad_Name", false, "format")]
    public async Task Subdomain_availability_says_why(string subdomain, bool available, string? reason)
    {
        var answer = await (await platform.App.ApexClient().GetAsync($"/api/tenants/availability?subdomain={subdomain}"))
            .ReadAsync<SubdomainAvailabilityDto>();
        (answer.Available, answer.Reason).ShouldBe((available, reason));
    }

    [Fact]
    public async Task Taken_subdomain_is_unavailable()
    {
        var (tenant, _) = await platform.CreateStudioAsync("avail");
        var answer = await (await platform.App.ApexClient().GetAsync($"/api/tenants/availability?subdomain={tenant.Subdomain.ToUpperInvariant()}"))
            .ReadAsync<SubdomainAvailabilityDto>();
        (answer.Available, answer.Reason).ShouldBe((false, "taken"));
    }
}
