using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Platform.Signup.SignUp;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.TestSupport;
using RecordingStudio.IntegrationTests.Tenancy;

namespace RecordingStudio.IntegrationTests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class SignupTests(PlatformFixture platform)
{
    private const string Password = "studio-owner-pass-1";

    private static object Signup(string subdomain, string? email = null, string password = Password, string? confirm = null, bool terms = true,
        string timeZone = "Europe/Paris", string name = "Maraboo Studio") => new
        {
            studio = new { name, subdomain, timeZone, currency = "eur" },
            account = new { name = "Mara Boo", email = email ?? $"mara@{subdomain}.test" },
            security = new { password, confirmPassword = confirm ?? password, acceptTerms = terms },
        };

    [Fact]
    public async Task Signup_creates_the_studio_with_its_owner_and_a_fourteen_day_trial()
    {
        var subdomain = PlatformFixture.UniqueSubdomain("signup");
        var response = await platform.App.ApexClient().PostJsonAsync("/api/signup", Signup(subdomain.ToUpperInvariant()));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var result = await response.ReadAsync<SignUpResult>();
        response.Headers.Location!.OriginalString.ShouldBe($"http://{subdomain}.localhost:8080/login");
        // The body's link greets the new owner on the studio's sign-in page, e-mail filled in, as the wizard does.
        result.LoginUrl.ShouldStartWith($"http://{subdomain}.localhost:8080/login?welcome=");
        result.TrialEndsAt!.Value.ShouldBeInRange(DateTimeOffset.UtcNow.AddDays(13.9), DateTimeOffset.UtcNow.AddDays(14.1));

        var owner = platform.App.ClientFor(subdomain);
        var greeting = await owner.GetStringAsync(new Uri(result.LoginUrl).PathAndQuery);
        greeting.ShouldContain("id=\"welcome\"");
        greeting.ShouldContain($"value=\"mara@{subdomain}.test\"");
        await owner.SignInWithTokenAsync($"mara@{subdomain}.test", Password);
        var staff = (await (await owner.GetAsync("/api/staff")).ReadAsync<PagedResult<AccountDto>>()).Items;
        staff.Single().Role.ShouldBe(Domain.Accounts.AccountRole.Owner);
        var settings = await (await owner.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (settings with { TaxRates = null }).ShouldBe(new("Maraboo Studio", "Europe/Paris", "EUR", new TimeOnly(9, 0), new TimeOnly(22, 0), 72, 24));
        settings.TaxRates.ShouldBe([0m], "no tax until the studio sets one");
    }

    [Fact]
    public async Task Every_invalid_field_is_named_with_its_step()
    {
        var response = await platform.App.ApexClient().PostJsonAsync("/api/signup",
            Signup("x", email: "not-an-email", password: "short", confirm: "different", terms: false, timeZone: "Nowhere/Land", name: ""));
        var errors = (await response.ProblemAsync(400)).GetProperty("errors");
        foreach (var field in new[] { "studio.name", "studio.subdomain", "studio.timeZone", "account.email", "security.password", "security.confirmPassword", "security.acceptTerms" })
            errors.TryGetProperty(field, out _).ShouldBeTrue($"{field} missing from {errors}");
    }

    [Fact]
    public async Task Missing_steps_are_named()
    {
        var errors = (await (await platform.App.ApexClient().PostJsonAsync("/api/signup", new { })).ProblemAsync(400)).GetProperty("errors");
        foreach (var step in new[] { "studio", "account", "security" }) errors.TryGetProperty(step, out _).ShouldBeTrue(errors.ToString());
    }

    [Theory]
    [InlineData("www", "reserved")]
    [InlineData("admin", "reserved")]
    public async Task Reserved_subdomains_are_refused(string subdomain, string expected)
    {
        var errors = (await (await platform.App.ApexClient().PostJsonAsync("/api/signup", Signup(subdomain))).ProblemAsync(400)).GetProperty("errors");
        errors.GetProperty("studio.subdomain")[0].GetString()!.ShouldContain(expected);
        var availability = JsonDocument.Parse(await platform.App.ApexClient().GetStringAsync($"/api/signup/subdomain-availability?subdomain={subdomain}")).RootElement;
        availability.GetProperty("reason").GetString().ShouldBe(expected);
    }

    [Fact]
    public async Task A_taken_subdomain_is_refused_and_the_existing_studio_keeps_its_owner()
    {
        var (tenant, owner) = await platform.CreateStudioAsync("taken");
        var errors = (await (await platform.App.ApexClient().PostJsonAsync("/api/signup", Signup(tenant.Subdomain))).ProblemAsync(400)).GetProperty("errors");
        errors.GetProperty("studio.subdomain")[0].GetString()!.ShouldContain("taken");
        (await (await owner.GetAsync("/api/staff")).ReadAsync<PagedResult<AccountDto>>()).Items.Single().Email.ShouldBe(PlatformFixture.OwnerEmail(tenant.Subdomain));
    }

    [Fact]
    public async Task Signup_is_only_on_the_apex()
    {
        var (_, studio) = await platform.CreateStudioAsync("apexonly");
        (await (await studio.PostJsonAsync("/api/signup", Signup("elsewhere"))).ProblemAsync(404)).GetProperty("code").GetString().ShouldBe("platform_required");
    }

    [Fact]
    public async Task A_failed_signup_leaves_nothing_behind_and_the_same_request_succeeds_again()
    {
        var faults = new FaultyProvisioner.Faults { FailAt = FaultyProvisioner.Step.Seed };
        using var app = platform.CreateApp(services: services => services.AddScoped<ITenantDatabaseProvisioner>(sp =>
            new FaultyProvisioner(ActivatorUtilities.CreateInstance<TenantDatabaseProvisioner>(sp), faults)));
        var subdomain = PlatformFixture.UniqueSubdomain("retry");

        var failed = await (await app.ApexClient().PostJsonAsync("/api/signup", Signup(subdomain))).ProblemAsync(503);
        failed.GetProperty("code").GetString().ShouldBe("provisioning_failed");
        failed.GetProperty("detail").GetString()!.ShouldNotContain("injected", Case.Sensitive, "server detail stays in the log");
        var availability = JsonDocument.Parse(await app.ApexClient().GetStringAsync($"/api/signup/subdomain-availability?subdomain={subdomain}")).RootElement;
        availability.GetProperty("available").GetBoolean().ShouldBeTrue();
        await (await app.ClientFor(subdomain).GetAsync("/api/auth/me")).ProblemAsync(404);

        faults.FailAt = null;
        (await app.ApexClient().PostJsonAsync("/api/signup", Signup(subdomain))).StatusCode.ShouldBe(HttpStatusCode.Created);
        await app.ClientFor(subdomain).SignInWithTokenAsync($"mara@{subdomain}.test", Password);
    }

    [Fact]
    public async Task A_signup_whose_browser_goes_away_still_ends_with_a_ready_studio()
    {
        var gate = new GatedProvisioner.Gate();
        using var app = platform.CreateApp(services: services => services.AddScoped<ITenantDatabaseProvisioner>(sp =>
            new GatedProvisioner(ActivatorUtilities.CreateInstance<TenantDatabaseProvisioner>(sp), gate)));
        var subdomain = PlatformFixture.UniqueSubdomain("gone");
        using var browserLeaves = new CancellationTokenSource();

        var request = app.ApexClient().PostAsJsonAsync("/api/signup", Signup(subdomain), JsonDefaults.Options, browserLeaves.Token);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await browserLeaves.CancelAsync();
        // The test server answers a cancelled request only when the app is done with it: give the abort time to
        // reach the app (where the old code cancelled the seeding), then let provisioning go on.
        await Task.WhenAny(request, Task.Delay(1000));
        gate.Release.SetResult();
        await Should.ThrowAsync<OperationCanceledException>(() => request);

        for (var waited = 0; waited < 100 && await StateAsync(subdomain) == "Provisioning"; waited++) await Task.Delay(100);
        (await StateAsync(subdomain)).ShouldBe("Ready");
        platform.ForgetStudio(subdomain, app);
        await app.ClientFor(subdomain).SignInWithTokenAsync($"mara@{subdomain}.test", Password);
    }

    private async Task<string?> StateAsync(string subdomain) => (string?)await platform.PlatformScalarAsync(
        $"SELECT d.state FROM tenant_databases d JOIN organizations o ON o.id = d.organization_id WHERE o.subdomain = '{subdomain}'");

    [Fact]
    public async Task Signup_is_rate_limited_per_client_address()
    {
        using var app = platform.CreateApp(new Dictionary<string, string?> { ["RateLimits:SignupsPerHour"] = "2" },
            services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new FixedClientAddress(FixedClientAddress.Unique())));
        var apex = app.ApexClient();
        for (var i = 0; i < 2; i++) await (await apex.PostJsonAsync("/api/signup", Signup("x"))).ProblemAsync(400);
        (await (await apex.PostJsonAsync("/api/signup", Signup("x"))).ProblemAsync(429)).GetProperty("code").GetString().ShouldBe("rate_limited");
    }
}
