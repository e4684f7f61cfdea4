using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.TestSupport;
using RecordingStudio.WebApi.Endpoints;

namespace RecordingStudio.IntegrationTests.Accounts;

[Collection(PlatformCollection.Name)]
public sealed class SignInTests(PlatformFixture platform)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_sign_in_for_fifteen_minutes_with_the_attempts_counted_down()
    {
        var (tenant, _) = await platform.CreateStudioAsync("lockout");
        var http = platform.App.ClientFor(tenant.Subdomain);
        var email = PlatformFixture.OwnerEmail(tenant.Subdomain);

        for (var remaining = 4; remaining >= 1; remaining--)
        {
            var problem = await (await http.PostJsonAsync("/api/auth/login", new { email, password = "wrong-password" })).ProblemAsync(401);
            problem.GetProperty("attemptsRemaining").GetInt32().ShouldBe(remaining);
            problem.GetProperty("code").GetString().ShouldBe("invalid_credentials");
        }
        var locked = await (await http.PostJsonAsync("/api/auth/login", new { email, password = "wrong-password" })).ProblemAsync(423);
        var until = locked.GetProperty("lockedUntil").GetDateTimeOffset();
        until.ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(16));

        // Even the right password is refused until then.
        await (await http.PostJsonAsync("/api/auth/login", new { email, password = PlatformFixture.OwnerPassword })).ProblemAsync(423);
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_and_the_same_counter()
    {
        var (tenant, _) = await platform.CreateStudioAsync("unknown");
        var http = platform.App.ClientFor(tenant.Subdomain);

        var known = await (await http.PostJsonAsync("/api/auth/token", new { email = PlatformFixture.OwnerEmail(tenant.Subdomain), password = "nope-nope-nope" })).ProblemAsync(401);
        var unknown = await (await http.PostJsonAsync("/api/auth/token", new { email = "nobody@example.com", password = "nope-nope-nope" })).ProblemAsync(401);
        unknown.GetProperty("detail").GetString().ShouldBe(known.GetProperty("detail").GetString());
        unknown.GetProperty("attemptsRemaining").GetInt32().ShouldBe(4);
        for (var i = 0; i < 4; i++) await http.PostJsonAsync("/api/auth/token", new { email = "nobody@example.com", password = "x-x-x-x-x-x" });
        (await (await http.PostJsonAsync("/api/auth/token", new { email = "nobody@example.com", password = "x" })).ProblemAsync(423))
            .GetProperty("code").GetString().ShouldBe("sign_in_locked");
    }

    [Fact]
    public async Task Cookie_callers_need_the_antiforgery_token_for_unsafe_requests_and_bearer_callers_do_not()
    {
        var (tenant, bearer) = await platform.CreateStudioAsync("csrf");
        var browser = platform.App.ClientFor(tenant.Subdomain);
        var signedIn = await (await browser.PostJsonAsync("/api/auth/login",
            new { email = PlatformFixture.OwnerEmail(tenant.Subdomain), password = PlatformFixture.OwnerPassword })).ReadAsync<SignedInDto>();
        signedIn.Role.ShouldBe("Owner");
        (await browser.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await (await browser.PostJsonAsync("/api/clients", new { name = "Forged" })).ProblemAsync(400);
        refused.GetProperty("code").GetString().ShouldBe("antiforgery_failed");

        var token = await (await browser.GetAsync("/api/auth/antiforgery")).ReadAsync<AntiforgeryTokenDto>();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/clients") { Content = JsonContent.Create(new { name = "Real" }) };
        request.Headers.Add(token.HeaderName, token.Token);
        (await browser.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await bearer.PostJsonAsync("/api/clients", new { name = "From a script" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await browser.PostAsync("/api/auth/logout", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        logout.Headers.Add(token.HeaderName, token.Token);
        (await browser.SendAsync(logout)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await browser.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tokens_are_short_lived_bearer_tokens()
    {
        var (tenant, _) = await platform.CreateStudioAsync("token");
        var token = await platform.App.ClientFor(tenant.Subdomain)
            .SignInWithTokenAsync(PlatformFixture.OwnerEmail(tenant.Subdomain), PlatformFixture.OwnerPassword);
        token.TokenType.ShouldBe("Bearer");
        token.ExpiresIn.ShouldBe(900);
        token.AccessToken.Length.ShouldBeGreaterThan(50);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_lockout_counts_per_client_address_and_trusts_forwarded_addresses_only_from_known_proxies(bool proxyIsKnown)
    {
        using var app = platform.CreateApp(
            new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies"] = proxyIsKnown ? "10.0.0.5" : null },
            services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new FixedClientAddress("10.0.0.5")));
        var (tenant, _) = await platform.CreateStudioAsync("proxy", app);
        var email = PlatformFixture.OwnerEmail(tenant.Subdomain);

        Task<HttpResponseMessage> Attempt(string clientAddress)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { email, password = "wrong-password" }) };
            request.Headers.Add("X-Forwarded-For", clientAddress);
            return app.ClientFor(tenant.Subdomain).SendAsync(request);
        }

        for (var i = 0; i < 5; i++) await Attempt("198.51.100.1");
        await (await Attempt("198.51.100.1")).ProblemAsync(423);
        // Another client behind a known proxy has its own counter; behind an unknown one, every client looks the same.
        if (proxyIsKnown) (await (await Attempt("198.51.100.2")).ProblemAsync(401)).GetProperty("attemptsRemaining").GetInt32().ShouldBe(4);
        else await (await Attempt("198.51.100.2")).ProblemAsync(423);
    }
}
