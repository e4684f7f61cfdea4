using System.Net;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Portal.GetMySessions;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Accounts;

[Collection(PlatformCollection.Name)]
public sealed class PortalTests(PlatformFixture platform)
{
    private const string Password = "client-password-1";

    [Fact]
    public async Task An_invited_client_signs_in_to_the_portal_and_sees_only_their_own_sessions()
    {
        var studio = await CreateAsync(platform, "portal");
        var subdomain = studio.Subdomain;
        var email = $"lena@{subdomain}.test";
        var lena = await (await studio.Http.PutJsonAsync($"/api/clients/{studio.Client.Id}", new { name = "Lena Diaz", email, notes = "Owes two invoices" })).ReadAsync<ClientDto>();
        var marc = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Marc", email = $"marc@{subdomain}.test" })).ReadAsync<ClientDto>();
        var past = await (await studio.BookAsync(studio.RoomA.Id, null, At(9, -2), At(10, -2), "Old take")).ReadAsync<SessionDto>();
        var next = await (await studio.BookAsync(studio.RoomA.Id, null, At(9), At(10), "Next take")).ReadAsync<SessionDto>();
        await studio.Http.PostJsonAsync("/api/sessions", new { clientId = marc.Id, roomId = studio.RoomB.Id, startsAt = At(9), endsAt = At(10), title = "Marc's" });

        (await studio.Http.PostAsync($"/api/clients/{lena.Id}/portal-invitation", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var portal = platform.App.ClientFor(subdomain);
        await platform.AcceptInvitationAsync(portal, email, Password);

        // The staff sign-in does not take a client account, and with the right password says where it signs in.
        (await (await portal.PostJsonAsync("/api/auth/login", new { email, password = Password })).ProblemAsync(401))
            .GetProperty("code").GetString().ShouldBe("wrong_sign_in");
        (await portal.PostJsonAsync("/api/portal/login", new { email, password = Password })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var mine = await (await portal.GetAsync("/api/portal/sessions")).ReadAsync<MySessionsDto>();
        mine.Upcoming.Select(s => s.Id).ShouldBe([next.Id]);
        mine.Past.Select(s => s.Id).ShouldBe([past.Id]);
        var me = await (await portal.GetAsync("/api/portal/me")).ReadAsync<ClientDto>();
        (me.Id, me.Notes).ShouldBe((lena.Id, null));

        (await portal.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await portal.GetAsync($"/api/sessions/{next.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await studio.Http.GetAsync("/api/portal/sessions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_client_gets_a_private_calendar_address_of_their_own_sessions_and_can_replace_it()
    {
        var studio = await CreateAsync(platform, "portalfeed");
        var email = $"lena@{studio.Subdomain}.test";
        await studio.Http.PutJsonAsync($"/api/clients/{studio.Client.Id}", new { name = "Lena Diaz", email });
        var marc = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Marc" })).ReadAsync<ClientDto>();
        var mine = await (await studio.BookAsync(studio.RoomA.Id, null, At(9), At(10), "Next take")).ReadAsync<SessionDto>();
        await studio.Http.PostJsonAsync("/api/sessions", new { clientId = marc.Id, roomId = studio.RoomB.Id, startsAt = At(9), endsAt = At(10) });
        (await studio.Http.PostAsync($"/api/clients/{studio.Client.Id}/portal-invitation", null)).EnsureSuccessStatusCode();
        var portal = platform.App.ClientFor(studio.Subdomain);
        await platform.AcceptInvitationAsync(portal, email, Password);
        (await portal.PostJsonAsync("/api/portal/login", new { email, password = Password })).EnsureSuccessStatusCode();
        // A cookie caller's writes carry the antiforgery token, as the portal page's form does.
        var antiforgery = System.Text.Json.JsonDocument.Parse(await portal.GetStringAsync("/api/auth/antiforgery")).RootElement;
        portal.DefaultRequestHeaders.Add("X-CSRF-TOKEN", antiforgery.GetProperty("token").GetString());

        var first = await (await portal.PostAsync("/api/portal/ical-feed", null)).ReadAsync<Application.Studio.Portal.CreateMyCalendarFeed.MyCalendarFeedDto>();
        var calendarApp = platform.App.ClientFor(studio.Subdomain);
        var feed = Ical.Net.Calendar.Load(await calendarApp.GetStringAsync(new Uri(first.Url).AbsolutePath))!;
        feed.Events.ShouldHaveSingleItem().Uid.ShouldBe($"{mine.Id}@{studio.Subdomain}");

        var second = await (await portal.PostAsync("/api/portal/ical-feed", null)).ReadAsync<Application.Studio.Portal.CreateMyCalendarFeed.MyCalendarFeedDto>();
        second.Url.ShouldNotBe(first.Url);
        (await calendarApp.GetAsync(new Uri(first.Url).AbsolutePath)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await calendarApp.GetAsync(new Uri(second.Url).AbsolutePath)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await studio.Http.PostAsync("/api/portal/ical-feed", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden); // staff have no own feed here
    }

    [Fact]
    public async Task A_client_without_email_or_with_an_account_cannot_be_invited_again()
    {
        var studio = await CreateAsync(platform, "portalinv");
        (await (await studio.Http.PostAsync($"/api/clients/{studio.Client.Id}/portal-invitation", null)).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("client_email_missing");
        await studio.Http.PutJsonAsync($"/api/clients/{studio.Client.Id}", new { name = "Lena", email = $"lena-{Guid.NewGuid():N}@example.com" });
        (await studio.Http.PostAsync($"/api/clients/{studio.Client.Id}/portal-invitation", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await studio.Http.PostAsync($"/api/clients/{studio.Client.Id}/portal-invitation", null)).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("client_has_account");
    }

    [Fact]
    public async Task The_portal_puts_the_next_session_first_and_each_of_the_clients_sessions_can_be_added_to_a_calendar()
    {
        var studio = await CreateAsync(platform, "portalnext");
        (await studio.Http.PutJsonAsync("/api/studio/settings", new { studioName = "Portal Next", timeZone = "Europe/Paris", currency = "EUR",
            opensAt = "09:00", closesAt = "22:00", address = "12 rue des Studios\n75011 Paris" })).EnsureSuccessStatusCode();
        var next = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(9), At(12), "Vocals")).ReadAsync<SessionDto>();
        var marc = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Marc" })).ReadAsync<ClientDto>();
        var marcs = await (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = marc.Id, roomId = studio.RoomB.Id, startsAt = At(9), endsAt = At(10) })).ReadAsync<SessionDto>();
        var (_, portal) = await studio.PortalClientAsync(platform, Password);

        var page = await portal.GetStringAsync("/client/sessions");
        page.ShouldContain("Your next session");
        page.ShouldContain("<dd>Studio A</dd>");
        page.ShouldContain("<dd>Sam Keller</dd>", customMessage: "the engineer");
        page.ShouldContain("12 rue des Studios");
        page.ShouldContain($"href=\"/api/portal/sessions/{next.Id}/calendar.ics\"");

        var file = await portal.GetAsync($"/api/portal/sessions/{next.Id}/calendar.ics");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var ics = (await file.Content.ReadAsStringAsync()).Replace("\r\n ", ""); // RFC 5545 folds long lines
        ics.ShouldContain($"UID:{next.Id}@{studio.Subdomain}", customMessage: "the same event as the feed's");
        ics.ShouldContain("SUMMARY:Vocals at Portal Next");
        ics.ShouldContain("LOCATION:Studio A\\, Portal Next\\, 12 rue des Studios\\, 75011 Paris");

        (await portal.GetAsync($"/api/portal/sessions/{marcs.Id}/calendar.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another client's session");

        // Cancelled, it is not offered to a calendar again.
        (await studio.Http.PostAsync($"/api/sessions/{next.Id}/cancel", null)).EnsureSuccessStatusCode();
        (await portal.GetAsync($"/api/portal/sessions/{next.Id}/calendar.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await portal.GetStringAsync("/client/sessions")).ShouldNotContain($"/api/portal/sessions/{next.Id}/calendar.ics");
        (await studio.Http.GetAsync($"/api/portal/sessions/{next.Id}/calendar.ics")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "a portal address");
    }
}
