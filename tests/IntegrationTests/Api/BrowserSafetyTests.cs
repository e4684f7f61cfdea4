using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>What a browser is told to protect a signed-in page, and what an attacker cannot make the app do.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BrowserSafetyTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_signed_in_page_forbids_framing_inline_script_sniffing_and_referrers()
    {
        var (tenant, _) = await platform.CreateStudioAsync("headers");
        var browser = platform.App.ClientFor(tenant.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(tenant.Subdomain), PlatformFixture.OwnerPassword);

        var page = await browser.GetAsync("/dashboard");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("default-src 'self'");
        policy.ShouldContain("script-src 'self';");
        policy.ShouldNotContain("unsafe-inline");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldContain("form-action 'self';");
        page.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        page.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        page.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        // Every answer, errors included.
        (await browser.GetAsync("/api/clients/not-a-guid")).Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    [Theory]
    [InlineData("/staff", "/staff")]
    [InlineData("https://evil.test/phish", "/dashboard")]
    [InlineData("//evil.test/phish", "/dashboard")]
    [InlineData("/\\evil.test", "/dashboard")]
    [InlineData("/client/sessions", "/dashboard")]
    [InlineData("/clients", "/clients")]
    [InlineData("/café", "/caf%C3%A9")]
    [InlineData("/\u200B/evil.test", "/%E2%80%8B/evil.test")]
    [InlineData("/client/../staff?tab=keys", "/staff?tab=keys")]
    public async Task Sign_in_returns_to_the_local_page_that_asked_and_never_elsewhere(string returnUrl, string landing)
    {
        var (tenant, _) = await platform.CreateStudioAsync("returnurl");
        var browser = platform.App.ClientFor(tenant.Subdomain);
        if (returnUrl == "/staff")
            (await browser.GetAsync("/staff")).Headers.Location!.ToString().ShouldContain("/login?ReturnUrl=%2Fstaff");

        var path = "/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var token = await browser.FormTokenAsync(path);
        var signedIn = await browser.PostFormAsync(path, token, new Dictionary<string, string>
        {
            ["Email"] = PlatformFixture.OwnerEmail(tenant.Subdomain),
            ["Password"] = PlatformFixture.OwnerPassword,
        });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().ShouldBe(landing);
    }

    [Fact]
    public async Task Outside_development_plain_http_gets_a_clear_400_unless_the_operator_allows_it()
    {
        var (tenant, _) = await platform.CreateStudioAsync("plainhttp");
        using (var strict = platform.CreateApp(new Dictionary<string, string?> { ["environment"] = "Production" }))
        {
            var http = strict.ClientFor(tenant.Subdomain);
            var page = await http.GetAsync("/login");
            page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await page.Content.ReadAsStringAsync()).ShouldContain($"https://{tenant.Subdomain}.localhost/login");
            (await (await http.GetAsync("/api/auth/me")).ProblemAsync(400)).GetProperty("code").GetString().ShouldBe("https_required");
            (await strict.ApexClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        using var relaxed = platform.CreateApp(new Dictionary<string, string?> { ["environment"] = "Production", ["Security:RequireHttps"] = "false" });
        var login = await relaxed.ClientFor(tenant.Subdomain).GetAsync("/login");
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        login.Headers.GetValues("Set-Cookie").ShouldAllBe(cookie => !cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Outside_development_cookies_are_secure_hsts_is_sent_and_one_time_links_stay_out_of_the_log()
    {
        var logs = new CapturedLogs();
        using var app = platform.CreateApp(new Dictionary<string, string?> { ["environment"] = "Production", ["Logging:LogLevel:Default"] = "Information" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        var (tenant, _) = await platform.CreateStudioAsync("production");
        HttpClient Https() => app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"https://{tenant.Subdomain}.localhost"),
            AllowAutoRedirect = false,
        });
        var browser = Https();
        var owner = Https();
        await owner.SignInWithTokenAsync(PlatformFixture.OwnerEmail(tenant.Subdomain), PlatformFixture.OwnerPassword);

        var signedIn = await browser.PostJsonAsync("/api/auth/login",
            new { email = PlatformFixture.OwnerEmail(tenant.Subdomain), password = PlatformFixture.OwnerPassword });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookies = signedIn.Headers.GetValues("Set-Cookie").ToList();
        cookies.ShouldNotBeEmpty();
        cookies.ShouldAllBe(cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
        (await browser.GetAsync("/dashboard")).Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=");

        var email = $"mia@{tenant.Subdomain}.test";
        (await owner.PostJsonAsync("/api/staff/invitations", new { email, displayName = "Mia Manager", role = "manager" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var (_, linkToken, link) = platform.LatestSetPasswordLink(email);
        logs.Entries.ShouldContain(e => e.Message.Contains(email), "the message is still logged");
        logs.Entries.ShouldNotContain(e => e.Message.Contains(linkToken) || e.Message.Contains(Uri.EscapeDataString(linkToken)), link);
    }
}
