using RecordingStudio.Application.Studio.Overview.GetStudioOverview;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Api;

[Collection(PlatformCollection.Name)]
public sealed class StudioSettingsAndOverviewTests(PlatformFixture platform)
{
    [Fact]
    public async Task Provisioned_studio_has_its_settings_and_they_can_be_changed()
    {
        var (tenant, http) = await platform.CreateStudioAsync("settings");
        var settings = await (await http.GetAsync("/api/studio/settings")).ReadAsync<StudioSettingsDto>();
        (settings.StudioName, settings.TimeZone, settings.Currency).ShouldBe((tenant.Name, "Europe/Paris", "EUR"));

        var changed = await (await http.PutJsonAsync("/api/studio/settings",
            new { studioName = "Maraboo", timeZone = "America/New_York", currency = "usd", opensAt = "08:00:00", closesAt = "23:30:00" }))
            .ReadAsync<StudioSettingsDto>();
        (changed.StudioName, changed.TimeZone, changed.Currency, changed.OpensAt, changed.ClosesAt)
            .ShouldBe(("Maraboo", "America/New_York", "USD", new TimeOnly(8, 0), new TimeOnly(23, 30)));
        (changed.HoldHours, changed.ReminderHours).ShouldBe((72, 24), "left out, they keep their defaults");
        // The platform's catalog (the operator's lists, the studio's resolution) names it the same.
        var catalog = await platform.SendAsync(new Application.Platform.Tenants.GetTenant.GetTenantQuery(tenant.Subdomain));
        catalog.Name.ShouldBe("Maraboo");

        changed = await (await http.PutJsonAsync("/api/studio/settings", new { studioName = "Maraboo", timeZone = "America/New_York",
            currency = "usd", opensAt = "08:00:00", closesAt = "23:30:00", holdHours = 48, reminderHours = 0 })).ReadAsync<StudioSettingsDto>();
        (changed.HoldHours, changed.ReminderHours).ShouldBe((48, 0));
        var problem = await (await http.PutJsonAsync("/api/studio/settings", new { studioName = "Maraboo", timeZone = "America/New_York",
            currency = "usd", opensAt = "08:00:00", closesAt = "23:30:00", holdHours = 0, reminderHours = -1 })).ProblemAsync(400);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ShouldBe(["holdHours", "reminderHours"]);
    }

    [Fact]
    public async Task Unknown_time_zone_is_refused_naming_the_field()
    {
        var (_, http) = await platform.CreateStudioAsync("badtz");
        var problem = await (await http.PutJsonAsync("/api/studio/settings",
            new { studioName = "Maraboo", timeZone = "Mars/Olympus", currency = "EUR", opensAt = "08:00:00", closesAt = "20:00:00" })).ProblemAsync(400);
        problem.GetProperty("errors").GetProperty("timeZone")[0].GetString()!.ShouldContain("Mars/Olympus");
    }

    [Fact]
    public async Task Overview_counts_and_lists_today_in_the_studio_time_zone()
    {
        var studio = await StudioSeed.CreateAsync(platform, "overview");
        // Pin the studio to a zone far from UTC so "today" differs from the UTC day for part of the day.
        await studio.Http.PutJsonAsync("/api/studio/settings",
            new { studioName = "Overview", timeZone = "Pacific/Kiritimati", currency = "EUR", opensAt = "09:00:00", closesAt = "22:00:00" });
        var calendar = new StudioCalendar("Pacific/Kiritimati");
        var today = calendar.Today(DateTimeOffset.UtcNow);
        var inToday = await (await studio.BookAsync(studio.RoomA.Id, null, today.Start.AddHours(1), today.Start.AddHours(2))).ReadAsync<SessionDto>();
        await studio.BookAsync(studio.RoomA.Id, null, today.End.AddHours(1), today.End.AddHours(2));
        var cancelled = await (await studio.BookAsync(studio.RoomB.Id, null, today.Start.AddHours(3), today.Start.AddHours(4))).ReadAsync<SessionDto>();
        await studio.Http.PostAsync($"/api/sessions/{cancelled.Id}/cancel", null);

        var overview = await (await studio.Http.GetAsync("/api/studio/overview")).ReadAsync<StudioOverviewDto>();
        (overview.ActiveClients, overview.ActiveRooms, overview.ActiveEngineers).ShouldBe((1, 2, 2));
        overview.Today.ShouldBe(calendar.DateOf(DateTimeOffset.UtcNow));
        overview.TodaySessions.Select(s => s.Id).ShouldBe([inToday.Id]);
    }
}
