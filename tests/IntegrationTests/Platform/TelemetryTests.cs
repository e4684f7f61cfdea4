using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Platform;

/// <summary>The operator's view: Prometheus scrapes rsm.* metrics labelled by studio on the platform's host, never on a studio's.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TelemetryTests(PlatformFixture platform)
{
    [Fact]
    public async Task Metrics_name_each_studios_requests_and_the_emails_and_are_scraped_on_the_platform_host_only_behind_the_token()
    {
        using var app = platform.CreateApp(new Dictionary<string, string?> { ["Metrics:ScrapeToken"] = "scrape-secret" });
        _ = app.CreateClient(); // the host, and its meter listener, start before the studio is provisioned
        var studio = await StudioSeed.CreateAsync(platform, "metrics", app);
        await studio.Http.GetAsync("/api/clients");
        await studio.Http.GetAsync($"/api/clients/{Guid.NewGuid()}"); // a 404
        await studio.Http.PutJsonAsync($"/api/clients/{studio.Client.Id}", new { name = "Lena Diaz", email = $"lena@{studio.Subdomain}.test" });
        await studio.Http.PostAsync($"/api/clients/{studio.Client.Id}/portal-invitation", null); // one e-mail sent

        var apex = app.ApexClient();
        var refused = await apex.GetAsync("/metrics");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the scrape token is asked");
        refused.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer realm=\"metrics\"");
        var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        wrong.Headers.TryAddWithoutValidation("Authorization", "Bearer scrape-secreT");
        (await apex.SendAsync(wrong)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await studio.Http.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not on a studio's host");
        var scrape = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        scrape.Headers.TryAddWithoutValidation("Authorization", "bearer scrape-secret"); // the scheme in any case, as RFC 9110 has it
        var answer = await apex.SendAsync(scrape);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await answer.Content.ReadAsStringAsync();
        text.ShouldContain($"rsm_requests_total{{otel_scope_name=\"RecordingStudio\",otel_scope_version=\"1.0\",outcome=\"2xx\",studio=\"{studio.Subdomain}\"}}", Case.Sensitive, text[..Math.Min(text.Length, 3000)]);
        text.ShouldContain($"outcome=\"4xx\",studio=\"{studio.Subdomain}\"");
        text.ShouldContain("rsm_emails_total{");
        text.ShouldContain("outcome=\"sent\"");
        text.ShouldContain("rsm_provisioning_total{");
        text.ShouldContain("outcome=\"ready\"");
        text.ShouldContain("rsm_provisioning_duration_milliseconds_bucket{");
        text.ShouldContain("http_server_request_duration_seconds", customMessage: "ASP.NET Core's own metrics too");
    }

    [Fact]
    public async Task Every_line_logged_in_a_studios_request_carries_the_studio_and_the_trace_id()
    {
        var logs = new CapturedLogs();
        using var app = platform.CreateApp(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" },
            services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        var studio = await StudioSeed.CreateAsync(platform, "logscope", app);
        (await studio.Http.PostJsonAsync("/api/clients", new { name = "Scoped Client" })).EnsureSuccessStatusCode();
        var lines = logs.Scoped.Where(l => l.Scope.TryGetValue("Studio", out var s) && Equals(s, studio.Subdomain)).ToList();
        lines.ShouldNotBeEmpty(string.Join("\n", logs.Scoped.TakeLast(15).Select(l => l.Message + " | " + string.Join(",", l.Scope.Select(p => $"{p.Key}={p.Value}")))));
        lines.ShouldAllBe(l => l.Scope.ContainsKey("TraceId") && l.Scope["TraceId"] != null && l.Scope["TraceId"]!.ToString()!.Length == 32);
    }
}
