using System.Net;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class TrialTests(PlatformFixture platform)
{
    [Fact]
    public async Task When_the_trial_has_ended_staff_still_read_but_every_write_is_refused()
    {
        var (tenant, owner) = await platform.CreateStudioAsync("trial");
        (await owner.PostJsonAsync("/api/clients", new { name = "Before the end" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        await platform.PlatformScalarAsync($"UPDATE organizations SET trial_ends_at = now() - interval '1 day' WHERE subdomain = '{tenant.Subdomain}'");
        platform.ForgetStudio(tenant.Subdomain);

        (await owner.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await owner.GetAsync("/api/studio/overview")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await (await owner.PostJsonAsync("/api/clients", new { name = "After the end" })).ProblemAsync(403);
        refused.GetProperty("code").GetString().ShouldBe("trial_expired");
        await (await owner.PostJsonAsync("/api/rooms", new { name = "Room", hourlyRate = 1 })).ProblemAsync(403);
        // Signing in still works: it is how staff get to read.
        await platform.App.ClientFor(tenant.Subdomain).SignInWithTokenAsync(PlatformFixture.OwnerEmail(tenant.Subdomain), PlatformFixture.OwnerPassword);

        await platform.PlatformScalarAsync($"UPDATE organizations SET trial_ends_at = now() + interval '7 days' WHERE subdomain = '{tenant.Subdomain}'");
        platform.ForgetStudio(tenant.Subdomain);
        (await owner.PostJsonAsync("/api/clients", new { name = "Extended" })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_client_is_told_the_studio_takes_no_changes_not_about_its_subscription()
    {
        var studio = await StudioSeed.CreateAsync(platform, "readonly");
        var (_, portal) = await studio.PortalClientAsync(platform, "client-pass-123");
        await platform.PlatformScalarAsync($"UPDATE organizations SET trial_ends_at = now() - interval '1 day' WHERE subdomain = '{studio.Subdomain}'");
        platform.ForgetStudio(studio.Subdomain);

        var refused = await (await portal.PostJsonAsync("/api/portal/requests", new { startsAt = StudioSeed.At(14), endsAt = StudioSeed.At(16) })).ProblemAsync(403);
        refused.GetProperty("code").GetString().ShouldBe("trial_expired");
        refused.GetProperty("detail").GetString()!.ShouldNotContain("trial", Case.Insensitive);
        (await portal.GetStringAsync("/client/sessions")).ShouldNotContain("trial", Case.Insensitive);
    }
}
