using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Infrastructure.Identity;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Accounts;

/// <summary>The lockout holds when the guesses arrive all at once, on every way to sign in.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SignInBurstTests(PlatformFixture platform)
{
    /// <summary>Counts the passwords the studio actually checks (known or unknown e-mail alike).</summary>
    private sealed class CountingHasher : IPasswordHasher<StudioUser>
    {
        private readonly PasswordHasher<StudioUser> _inner = new();
        private int _checks;
        public int Checks => Volatile.Read(ref _checks);

        public string HashPassword(StudioUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StudioUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _checks);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Theory]
    [InlineData("/api/auth/token", false)]
    [InlineData("/api/auth/login", false)]
    [InlineData("/api/portal/login", true)]
    public async Task Thirty_parallel_wrong_passwords_check_at_most_five_and_lock_the_rest(string endpoint, bool portal)
    {
        var hasher = new CountingHasher();
        var logs = new CapturedLogs();
        using var app = platform.CreateApp(services: services => services
            .AddSingleton<IPasswordHasher<StudioUser>>(hasher)
            .AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        var (tenant, _) = await platform.CreateStudioAsync("burst", app);
        var email = portal ? "lena@burst.test" : PlatformFixture.OwnerEmail(tenant.Subdomain);
        var http = app.ClientFor(tenant.Subdomain);
        var checksBefore = hasher.Checks;

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i =>
        {
            var response = await http.PostJsonAsync(endpoint, new { email, password = $"wrong-password-{i}" });
            return (Status: (int)response.StatusCode, Problem: await response.ProblemAsync((int)response.StatusCode));
        }));

        var failed = answers.Where(a => a.Status == 401).Select(a => a.Problem.GetProperty("attemptsRemaining").GetInt32()).Order().ToList();
        failed.Count.ShouldBeLessThanOrEqualTo(5);
        failed.ShouldBe(failed.Distinct().ToList(), "each refused attempt has its own count");
        answers.Count(a => a.Status == 423).ShouldBe(30 - failed.Count, string.Join(", ", answers.Select(a => a.Status)));
        (hasher.Checks - checksBefore).ShouldBeLessThanOrEqualTo(5);
        logs.Errors.ShouldBeEmpty();

        var right = portal ? "no-such-password" : PlatformFixture.OwnerPassword;
        (await (await http.PostJsonAsync(endpoint, new { email, password = right })).ProblemAsync(423))
            .GetProperty("code").GetString().ShouldBe("sign_in_locked");
    }

    [Fact]
    public async Task Twenty_five_parallel_posts_of_the_sign_in_page_lock_it_after_five()
    {
        var (tenant, _) = await platform.CreateStudioAsync("pageburst");
        var browser = platform.App.ClientFor(tenant.Subdomain);
        var token = await browser.FormTokenAsync("/login");
        var fields = new Dictionary<string, string> { ["Email"] = PlatformFixture.OwnerEmail(tenant.Subdomain), ["Password"] = "wrong-password" };

        var pages = await Task.WhenAll(Enumerable.Range(0, 25).Select(async _ =>
        {
            var response = await browser.PostFormAsync("/login", token, fields);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return await response.Content.ReadAsStringAsync();
        }));

        pages.Count(p => p.Contains("id=\"sign-in-failed\"")).ShouldBeLessThanOrEqualTo(4);
        pages.Count(p => p.Contains("id=\"sign-in-locked\"")).ShouldBeGreaterThanOrEqualTo(21);
        var locked = await browser.PostFormAsync("/login", token,
            new Dictionary<string, string>(fields) { ["Password"] = PlatformFixture.OwnerPassword });
        (await locked.Content.ReadAsStringAsync()).ShouldContain("id=\"sign-in-locked\"");
    }

    [Fact]
    public async Task Once_the_lock_has_lapsed_the_count_starts_again_and_the_right_password_clears_it()
    {
        var (tenant, _) = await platform.CreateStudioAsync("lapsed");
        var http = platform.App.ClientFor(tenant.Subdomain);
        var email = PlatformFixture.OwnerEmail(tenant.Subdomain);
        for (var i = 0; i < 5; i++) await http.PostJsonAsync("/api/auth/token", new { email, password = "wrong-password" });
        await (await http.PostJsonAsync("/api/auth/token", new { email, password = PlatformFixture.OwnerPassword })).ProblemAsync(423);

        await platform.ScalarAsync(tenant.ServerKey!, tenant.DatabaseName!,
            "UPDATE sign_in_throttles SET locked_until = now() - interval '1 second'");
        (await (await http.PostJsonAsync("/api/auth/token", new { email, password = "wrong-password" })).ProblemAsync(401))
            .GetProperty("attemptsRemaining").GetInt32().ShouldBe(4);
        (await http.PostJsonAsync("/api/auth/token", new { email, password = PlatformFixture.OwnerPassword })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await platform.ScalarAsync(tenant.ServerKey!, tenant.DatabaseName!, "SELECT count(*) FROM sign_in_throttles")).ShouldBe(0L);
    }

    [Fact]
    public async Task Every_way_to_sign_in_draws_on_one_rate_limit_per_address_and_showing_the_page_is_free()
    {
        await RateLimitWindows.StartFreshMinuteAsync();
        using var app = platform.CreateApp(new Dictionary<string, string?> { ["RateLimits:SignInPerMinute"] = "5" },
            services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new FixedClientAddress(FixedClientAddress.Unique())));
        var (tenant, _) = await platform.CreateStudioAsync("ratelimit", app);
        var browser = app.ClientFor(tenant.Subdomain);
        var token = await browser.FormTokenAsync("/login");
        var fields = new Dictionary<string, string> { ["Email"] = "someone@example.com", ["Password"] = "wrong-password" };

        // The Owner's sign-in that made the studio already drew one permit from this (shared test) address.
        for (var i = 0; i < 4; i++) (await browser.PostFormAsync("/login", token, fields)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await browser.PostFormAsync("/login", token, fields);
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        page.Headers.RetryAfter.ShouldNotBeNull();
        (await page.Content.ReadAsStringAsync()).ShouldContain("Too many attempts");

        (await browser.GetAsync("/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var clientToken = await browser.FormTokenAsync("/client/login");
        (await browser.PostFormAsync("/client/login", clientToken, fields)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        foreach (var endpoint in new[] { "/api/auth/login", "/api/auth/token", "/api/portal/login" })
            (await (await browser.PostJsonAsync(endpoint, new { email = "someone@example.com", password = "x" })).ProblemAsync(429))
                .GetProperty("code").GetString().ShouldBe("rate_limited");
    }
}
