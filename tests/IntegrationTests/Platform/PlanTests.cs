using System.Net;
using RecordingStudio.Application.Platform.Plans;
using RecordingStudio.Application.Platform.Tenants.SetTenantPlan;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Platform;

/// <summary>Plans: their limits enforced by the commands (under bursts too), and the way from a trial to a plan.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlanTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_burst_of_rooms_stops_at_the_plans_limit_and_a_room_out_of_service_makes_room()
    {
        var (tenant, owner) = await platform.CreateStudioAsync("planrooms");
        await platform.SendAsync(new SetTenantPlanCommand(tenant.Subdomain, "studio")); // 3 rooms
        platform.ForgetStudio(tenant.Subdomain);

        var answers = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => owner.PostJsonAsync("/api/rooms", new { name = $"Room {i}", hourlyRate = 50 })));
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(3, "the plan allows three, however many ask at once");
        var refused = answers.Where(a => a.StatusCode != HttpStatusCode.Created).ToList();
        refused.Count.ShouldBe(7);
        var problem = await refused[0].ProblemAsync(403);
        problem.GetProperty("code").GetString().ShouldBe("plan_limit");
        problem.GetProperty("detail").GetString().ShouldBe("The Studio plan allows 3 rooms taking bookings and this studio has 3: choose a larger plan (Plan page, /plan) or take a room out of service.");

        var rooms = (await (await owner.GetAsync("/api/rooms")).ReadAsync<Application.Common.Models.PagedResult<Application.Studio.Rooms.RoomDto>>()).Items;
        var first = rooms[0];
        (await owner.PutJsonAsync($"/api/rooms/{first.Id}", new { name = first.Name, hourlyRate = 50, isActive = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await owner.PostJsonAsync("/api/rooms", new { name = "Room 11", hourlyRate = 50 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        // Back in service, it would be a fourth.
        (await (await owner.PutJsonAsync($"/api/rooms/{first.Id}", new { name = first.Name, hourlyRate = 50, isActive = true })).ProblemAsync(403))
            .GetProperty("code").GetString().ShouldBe("plan_limit");

        await platform.SendAsync(new SetTenantPlanCommand(tenant.Subdomain, "pro"));
        platform.ForgetStudio(tenant.Subdomain);
        (await owner.PutJsonAsync($"/api/rooms/{first.Id}", new { name = first.Name, hourlyRate = 50, isActive = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_plan_smaller_than_what_the_studio_uses_is_said_to_the_operator_and_the_owner_and_breaks_nothing()
    {
        var (tenant, owner) = await platform.CreateStudioAsync("planover");
        var rooms = new List<Application.Studio.Rooms.RoomDto>();
        foreach (var i in Enumerable.Range(1, 4))
            rooms.Add(await (await owner.PostJsonAsync("/api/rooms", new { name = $"Room {i}", hourlyRate = 50 })).ReadAsync<Application.Studio.Rooms.RoomDto>());
        var client = await (await owner.PostJsonAsync("/api/clients", new { name = "Lena Diaz" })).ReadAsync<Application.Studio.Clients.ClientDto>();

        var moved = await platform.RsmAsync("tenants", "set-plan", tenant.Subdomain, "studio"); // 3 rooms
        moved.Exit.ShouldBe(0, moved.Err);
        moved.Err.ShouldContain($"warning: {tenant.Subdomain} has 4 rooms taking bookings and the studio plan allows 3: they keep their bookings");
        platform.ForgetStudio(tenant.Subdomain);

        var plan = await (await owner.GetAsync("/api/studio/plan")).ReadAsync<StudioPlanDto>();
        plan.Usage.Rooms.ShouldBe(4);
        plan.Excess.ShouldHaveSingleItem().ShouldBe(new PlanExcessDto(PlanCounted.Rooms, 4, 3));
        var browser = platform.App.ClientFor(tenant.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(tenant.Subdomain), PlatformFixture.OwnerPassword);
        var page = await browser.GetStringAsync("/plan");
        page.ShouldContain("id=\"plan-over-Rooms\"");
        page.ShouldNotContain("id=\"plan-over-Staff\"");

        // The fourth room still takes bookings; a fifth is refused.
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero).AddDays(2).AddHours(10);
        (await owner.PostJsonAsync("/api/sessions", new { clientId = client.Id, roomId = rooms[3].Id, startsAt = start, endsAt = start.AddHours(2) }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await owner.PostJsonAsync("/api/rooms", new { name = "Room 5", hourlyRate = 50 })).ProblemAsync(403)).GetProperty("code").GetString().ShouldBe("plan_limit");

        var roomy = await platform.RsmAsync("tenants", "set-plan", tenant.Subdomain, "pro");
        roomy.Exit.ShouldBe(0, roomy.Err);
        roomy.Err.ShouldNotContain("warning:");
    }

    [Fact]
    public async Task Invitations_count_against_the_plans_staff_accounts()
    {
        var (tenant, owner) = await platform.CreateStudioAsync("planstaff");
        await platform.SendAsync(new SetTenantPlanCommand(tenant.Subdomain, "studio")); // 5 staff: the Owner and four more
        platform.ForgetStudio(tenant.Subdomain);
        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(i =>
            owner.PostJsonAsync("/api/staff/invitations", new { email = $"staff{i}@{tenant.Subdomain}.test", displayName = $"Staff {i}", role = "Manager" })));
        answers.Count(a => a.IsSuccessStatusCode).ShouldBe(4);
        (await answers.First(a => !a.IsSuccessStatusCode).ProblemAsync(403)).GetProperty("code").GetString().ShouldBe("plan_limit");
    }

    [Fact]
    public async Task After_the_trial_the_owner_asks_for_a_plan_the_operator_hears_of_it_and_sets_it()
    {
        var (tenant, owner) = await platform.CreateStudioAsync("planask");
        var engineerKey = (await (await owner.PostJsonAsync("/api/api-keys", new { name = "Eng", role = "Engineer" })).ReadAsync<Application.Accounts.ApiKeys.CreatedApiKeyDto>()).Key;
        await platform.PlatformScalarAsync($"UPDATE organizations SET trial_ends_at = now() - interval '1 day' WHERE subdomain = '{tenant.Subdomain}'");
        platform.ForgetStudio(tenant.Subdomain);
        (await (await owner.PostJsonAsync("/api/clients", new { name = "Refused" })).ProblemAsync(403)).GetProperty("code").GetString().ShouldBe("trial_expired");

        var plan = await (await owner.GetAsync("/api/studio/plan")).ReadAsync<StudioPlanDto>();
        (plan.Plan, plan.TrialEnded).ShouldBe(("trial", true));
        plan.Plans.Where(p => p.Selectable).Select(p => p.Name).ShouldBe(["studio", "pro"]);
        (await (await owner.PostJsonAsync("/api/studio/plan/request", new { plan = "trial" })).ProblemAsync(404)).GetProperty("code").GetString().ShouldBe("not_found");

        // Asking is allowed once the trial has ended: it is the way forward.
        var asked = await (await owner.PostJsonAsync("/api/studio/plan/request", new { plan = "pro" })).ReadAsync<StudioPlanDto>();
        asked.RequestedPlan.ShouldBe("pro");
        (await owner.PostJsonAsync("/api/studio/plan/request", new { plan = "pro" })).StatusCode.ShouldBe(HttpStatusCode.OK, "asking again is fine");
        var mails = platform.MessagesTo(PlatformFixture.OperatorEmail).Where(m => m.Subject!.Contains(tenant.Subdomain)).ToList();
        mails.Count.ShouldBe(1, "the same request within the hour is not e-mailed twice");
        var mail = mails.Single();
        mail.Subject.ShouldBe($"plan_requested: {tenant.Subdomain} asks for Pro");
        (mail.TextBody ?? "").ShouldContain($"rsm tenants set-plan {tenant.Subdomain} pro");
        (await platform.SendAsync(new Application.Platform.Tenants.GetTenant.GetTenantQuery(tenant.Subdomain))).RequestedPlan.ShouldBe("pro");

        // Only Owners choose.
        var engineer = platform.App.ClientFor(tenant.Subdomain);
        engineer.DefaultRequestHeaders.Add("X-Api-Key", engineerKey);
        await (await engineer.PostJsonAsync("/api/studio/plan/request", new { plan = "studio" })).ProblemAsync(403);

        var set = await platform.SendAsync(new SetTenantPlanCommand(tenant.Subdomain, "pro"));
        (set.Plan, set.RequestedPlan).ShouldBe(("pro", null));
        platform.ForgetStudio(tenant.Subdomain);
        (await owner.PostJsonAsync("/api/clients", new { name = "On a plan" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await Should.ThrowAsync<FluentValidation.ValidationException>(() => platform.SendAsync(new SetTenantPlanCommand(tenant.Subdomain, "platinum")));
    }

    [Fact]
    public async Task The_plan_page_says_what_still_works_after_the_trial_and_lets_the_owner_choose()
    {
        var (tenant, _) = await platform.CreateStudioAsync("planpage");
        await platform.PlatformScalarAsync($"UPDATE organizations SET trial_ends_at = now() - interval '1 day' WHERE subdomain = '{tenant.Subdomain}'");
        platform.ForgetStudio(tenant.Subdomain);
        var browser = platform.App.ClientFor(tenant.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(tenant.Subdomain), PlatformFixture.OwnerPassword);

        var dashboard = await browser.GetStringAsync("/dashboard");
        dashboard.ShouldContain("<a href=\"/plan\">Choose a plan</a>");
        var page = await browser.GetStringAsync("/plan");
        page.ShouldContain("id=\"trial-ended\"");
        page.ShouldContain("read everything");
        page.ShouldContain("<button type=\"submit\" name=\"plan\" value=\"studio\">Choose Studio</button>");

        var chosen = await browser.PostFormAsync("/plan", await browser.FormTokenAsync("/plan"), new Dictionary<string, string> { ["plan"] = "studio" });
        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect, await chosen.Content.ReadAsStringAsync());
        var after = await browser.GetStringAsync("/plan");
        after.ShouldContain("Your request for the Studio plan is sent to the platform");
        after.ShouldContain("id=\"plan-requested\"");
    }
}
