using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Platform.Tenants.SuspendTenant;
using RecordingStudio.Application.Platform.Tenants.ResumeTenant;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.TestSupport;
using RecordingStudio.WebApi.Endpoints;

namespace RecordingStudio.IntegrationTests.Tenancy;

/// <summary>Two app instances on the same databases behave as one.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SeveralInstancesTests(PlatformFixture platform)
{
    private StudioAppFactory Instance(string clientAddress, IDictionary<string, string?>? settings = null) =>
        platform.CreateApp(settings, services => services.AddSingleton<IStartupFilter>(new FixedClientAddress(clientAddress)));

    [Fact]
    public async Task A_cookie_and_a_one_time_link_made_by_one_instance_work_on_the_other()
    {
        using var a = Instance(FixedClientAddress.Unique());
        using var b = Instance(FixedClientAddress.Unique());
        var (tenant, owner) = await platform.CreateStudioAsync("twin-keys", a);

        var cookie = await CookieAsync(a, tenant.Subdomain);
        var onB = b.ClientFor(tenant.Subdomain);
        onB.DefaultRequestHeaders.Add("Cookie", cookie);
        (await (await onB.GetAsync("/api/auth/me")).ReadAsync<SignedInDto>()).Role.ShouldBe("Owner");
        ((long)(await platform.PlatformScalarAsync("SELECT count(*) FROM data_protection_keys"))!).ShouldBeGreaterThan(0, "the key ring is in the platform database");

        var email = $"mia@{tenant.Subdomain}.test";
        (await owner.PostJsonAsync("/api/staff/invitations", new { email, displayName = "Mia", role = "manager" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await platform.AcceptInvitationAsync(b.ClientFor(tenant.Subdomain), email, "manager-pass-1");
        await b.ClientFor(tenant.Subdomain).SignInWithTokenAsync(email, "manager-pass-1");
    }

    /// <summary>The session cookie a sign-in on this instance sets.</summary>
    private static async Task<string> CookieAsync(StudioAppFactory app, string subdomain)
    {
        var response = await app.ClientFor(subdomain).PostJsonAsync("/api/auth/login",
            new { email = PlatformFixture.OwnerEmail(subdomain), password = PlatformFixture.OwnerPassword });
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rsm_session=", StringComparison.Ordinal)).Split(';')[0];
    }

    [Fact]
    public async Task A_studio_suspended_by_the_operator_is_refused_by_every_instance_within_two_seconds()
    {
        using var a = Instance(FixedClientAddress.Unique());
        using var b = Instance(FixedClientAddress.Unique());
        var (tenant, onA) = await platform.CreateStudioAsync("twin-suspend", a);
        var onB = b.ClientFor(tenant.Subdomain);
        onB.DefaultRequestHeaders.Authorization = onA.DefaultRequestHeaders.Authorization;
        (await onA.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await onB.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.OK); // both have it cached now

        await platform.SendAsync(new SuspendTenantCommand(tenant.Subdomain, "Unpaid invoice"));
        var started = DateTimeOffset.UtcNow;
        foreach (var http in new[] { onA, onB })
        {
            var status = HttpStatusCode.OK;
            while (status != HttpStatusCode.Forbidden && DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(2))
            {
                status = (await http.GetAsync("/api/clients")).StatusCode;
                if (status != HttpStatusCode.Forbidden) await Task.Delay(50);
            }
            status.ShouldBe(HttpStatusCode.Forbidden, $"refused within 2 s by {(http == onA ? "A" : "B")}");
        }
        await platform.SendAsync(new ResumeTenantCommand(tenant.Subdomain));
    }

    [Fact]
    public async Task The_sign_in_rate_limit_and_the_lockout_hold_across_instances()
    {
        await RateLimitWindows.StartFreshMinuteAsync();
        var address = FixedClientAddress.Unique();
        var limits = new Dictionary<string, string?> { ["RateLimits:SignInPerMinute"] = "8" };
        using var a = Instance(address, limits);
        using var b = Instance(address, limits);
        var (tenant, _) = await platform.CreateStudioAsync("twin-limits"); // signed in elsewhere: not from this address
        var email = PlatformFixture.OwnerEmail(tenant.Subdomain);
        HttpClient On(StudioAppFactory app) => app.ClientFor(tenant.Subdomain);

        // The lockout: three wrong passwords on A, two on B, then even the right one is refused on both.
        for (var i = 0; i < 3; i++) await On(a).PostJsonAsync("/api/auth/token", new { email, password = "wrong-password" });
        (await (await On(b).PostJsonAsync("/api/auth/token", new { email, password = "wrong-password" })).ProblemAsync(401))
            .GetProperty("attemptsRemaining").GetInt32().ShouldBe(1);
        await (await On(b).PostJsonAsync("/api/auth/token", new { email, password = "wrong-password" })).ProblemAsync(423);
        await (await On(a).PostJsonAsync("/api/auth/token", new { email, password = PlatformFixture.OwnerPassword })).ProblemAsync(423);

        // Six sign-ins so far from this address; two more are allowed, on either instance, then none.
        (await On(b).PostJsonAsync("/api/auth/token", new { email = "x@example.com", password = "wrong-password" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await On(a).PostJsonAsync("/api/auth/login", new { email = "x@example.com", password = "wrong-password" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await On(a).PostJsonAsync("/api/auth/token", new { email = "y@example.com", password = "wrong-password" })).ProblemAsync(429))
            .GetProperty("code").GetString().ShouldBe("rate_limited");
        await (await On(b).PostJsonAsync("/api/portal/login", new { email = "y@example.com", password = "wrong-password" })).ProblemAsync(429);
    }

    [Fact]
    public async Task Periodic_work_is_claimed_by_one_instance_per_period()
    {
        using var a = Instance(FixedClientAddress.Unique());
        using var b = Instance(FixedClientAddress.Unique());
        var job = "test-" + Guid.NewGuid().ToString("N")[..8];
        var claims = await Task.WhenAll(new[] { a, b }.SelectMany(app => Enumerable.Range(0, 5).Select(_ =>
            app.Services.GetRequiredService<AppInstances>().ClaimAsync(job, TimeSpan.FromHours(1), CancellationToken.None))));
        claims.Count(claimed => claimed).ShouldBe(1);
    }
}
