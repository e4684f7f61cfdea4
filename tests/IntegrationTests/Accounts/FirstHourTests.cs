using System.Net;
using System.Text.RegularExpressions;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Accounts;

/// <summary>A new studio's first hour: the greeting after signup, the first-run checklist, the way into the portal.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class FirstHourTests(PlatformFixture platform)
{
    [Fact]
    public async Task After_signup_the_studios_sign_in_page_greets_the_owner_with_their_email_and_the_trials_end()
    {
        var apex = platform.App.ApexClient();
        var subdomain = PlatformFixture.UniqueSubdomain("greet");
        var signedUp = await apex.PostFormAsync("/signup", await apex.FormTokenAsync("/signup"), new Dictionary<string, string>
        {
            ["Studio.Name"] = "Greeting Studio", ["Studio.Subdomain"] = subdomain, ["Studio.TimeZone"] = "Europe/Paris",
            ["Studio.Currency"] = "EUR", ["Studio.Language"] = "fr", ["Account.Name"] = "Gaëlle", ["Account.Email"] = $"gaelle@{subdomain}.test",
            ["Security.Password"] = "first-hour-pass", ["Security.ConfirmPassword"] = "first-hour-pass", ["Security.AcceptTerms"] = "true",
        });
        signedUp.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedUp.Content.ReadAsStringAsync());
        var login = signedUp.Headers.Location!;
        login.Host.ShouldBe($"{subdomain}.localhost");
        login.Query.ShouldNotContain("gaelle", Case.Insensitive, "the e-mail is sealed, not readable in the link");

        var studio = platform.App.ClientFor(subdomain);
        var page = WebUtility.HtmlDecode(await studio.GetStringAsync(login.PathAndQuery));
        page.ShouldContain("<html lang=\"fr\">", customMessage: "the studio speaks the language chosen at signup");
        page.ShouldContain("id=\"welcome\"");
        page.ShouldContain("Bienvenue chez Greeting Studio");
        page.ShouldMatch(@"essai gratuit dure jusqu'au \w+ \d{1,2} \w+ \d{4}");
        page.ShouldContain($"value=\"gaelle@{subdomain}.test\"");

        // The link is for that studio only, and a forged one greets no one.
        var other = await platform.CreateStudioAsync("greet2");
        var elsewhere = await platform.App.ClientFor(other.Tenant.Subdomain).GetStringAsync(login.PathAndQuery);
        elsewhere.ShouldNotContain("id=\"welcome\"");
        (await studio.GetStringAsync("/login?welcome=forged")).ShouldNotContain("id=\"welcome\"");

        // A French studio writes money the French way from the start.
        await studio.SignInWithTokenAsync($"gaelle@{subdomain}.test", "first-hour-pass");
        var settings = System.Text.Json.JsonDocument.Parse(await studio.GetStringAsync("/api/studio/settings")).RootElement;
        settings.GetProperty("culture").GetString().ShouldBe("fr-FR");
    }

    [Fact]
    public async Task A_return_address_that_leaves_the_host_or_is_not_ascii_is_never_an_error()
    {
        var (tenant, _) = await platform.CreateStudioAsync("retpath");
        var browser = platform.App.ClientFor(tenant.Subdomain);
        foreach (var returnUrl in new[] { "/..//evil.example", "/client/../..//evil.example", "//evil.example", "/\\evil.example", "https://evil.example/" })
        {
            var signedIn = await browser.PostFormAsync($"/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", await browser.FormTokenAsync("/login"),
                new Dictionary<string, string> { ["Email"] = PlatformFixture.OwnerEmail(tenant.Subdomain), ["Password"] = PlatformFixture.OwnerPassword });
            signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, returnUrl);
            signedIn.Headers.Location!.OriginalString.ShouldBe("/dashboard", customMessage: returnUrl);
        }
        var accented = await browser.PostFormAsync("/language", await browser.FormTokenAsync("/login"),
            new Dictionary<string, string> { ["language"] = "fr", ["returnUrl"] = "/é?x=ü" });
        accented.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        accented.Headers.Location!.OriginalString.ShouldBe("/%C3%A9?x=%C3%BC");
    }

    [Fact]
    public async Task A_value_a_form_cannot_read_is_refused_not_replaced_by_a_default()
    {
        var (tenant, api) = await platform.CreateStudioAsync("unreadable");
        var browser = platform.App.ClientFor(tenant.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(tenant.Subdomain), PlatformFixture.OwnerPassword);
        var refused = await browser.PostFormAsync("/rooms?handler=Add", await browser.FormTokenAsync("/rooms"),
            new Dictionary<string, string> { ["NewRoom.Name"] = "Salle A", ["NewRoom.HourlyRate"] = "abc" });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK, "the form again, not a redirect");
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("'abc' cannot be read here");
        // Nor a thousands separator, which a lenient reading would turn into 6550.
        var comma = await browser.PostFormAsync("/rooms?handler=Add", await browser.FormTokenAsync("/rooms"),
            new Dictionary<string, string> { ["NewRoom.Name"] = "Salle A", ["NewRoom.HourlyRate"] = "65,50" });
        WebUtility.HtmlDecode(await comma.Content.ReadAsStringAsync()).ShouldContain("'65,50' cannot be read here");
        (await (await api.GetAsync("/api/rooms")).ReadAsync<Application.Common.Models.PagedResult<Application.Studio.Rooms.RoomDto>>()).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task The_owner_of_a_new_studio_gets_a_checklist_that_goes_as_the_steps_are_done()
    {
        var (tenant, api) = await platform.CreateStudioAsync("steps");
        var owner = platform.App.ClientFor(tenant.Subdomain);
        await owner.SignInWithCookieAsync(PlatformFixture.OwnerEmail(tenant.Subdomain), PlatformFixture.OwnerPassword);

        var fresh = await owner.GetStringAsync("/dashboard");
        fresh.ShouldContain("id=\"first-steps-list\"");
        DoneSteps(fresh).ShouldBe(0);

        var room = await (await api.PostJsonAsync("/api/rooms", new { name = "Studio A", hourlyRate = 80 })).ReadAsync<Application.Studio.Rooms.RoomDto>();
        var client = await (await api.PostJsonAsync("/api/clients", new { name = "Lena" })).ReadAsync<Application.Studio.Clients.ClientDto>();
        var partly = await owner.GetStringAsync("/dashboard");
        DoneSteps(partly).ShouldBe(2);
        partly.ShouldContain("<li class=\"\"><a href=\"/engineers\">Add an engineer</a></li>");

        await api.PostJsonAsync("/api/engineers", new { name = "Sam", hourlyRate = 40 });
        (await api.PostJsonAsync("/api/sessions", new { clientId = client.Id, roomId = room.Id, startsAt = StudioSeed.At(10), endsAt = StudioSeed.At(12) })).EnsureSuccessStatusCode();
        (await api.PostJsonAsync("/api/staff/invitations", new { email = $"mia@{tenant.Subdomain}.test", displayName = "Mia", role = "Manager" })).EnsureSuccessStatusCode();
        DoneSteps(await owner.GetStringAsync("/dashboard")).ShouldBe(5);
    }

    [Fact]
    public async Task A_staff_member_who_signs_in_on_the_client_portal_is_pointed_to_the_staff_side()
    {
        var (tenant, _) = await platform.CreateStudioAsync("wrongside");
        var browser = platform.App.ClientFor(tenant.Subdomain);
        var page = await browser.PostFormAsync("/client/login", await browser.FormTokenAsync("/client/login"), new Dictionary<string, string>
        {
            ["Email"] = PlatformFixture.OwnerEmail(tenant.Subdomain), ["Password"] = PlatformFixture.OwnerPassword,
        });
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"sign-in-wrong-side\"");
        html.ShouldContain("<a href=\"/login\">Staff sign-in</a>");

        // A wrong password says nothing about which side the account is on.
        var wrong = await browser.PostFormAsync("/client/login", await browser.FormTokenAsync("/client/login"), new Dictionary<string, string>
        {
            ["Email"] = PlatformFixture.OwnerEmail(tenant.Subdomain), ["Password"] = "not-the-password",
        });
        (await wrong.Content.ReadAsStringAsync()).ShouldNotContain("sign-in-wrong-side");

        var api = await platform.App.ClientFor(tenant.Subdomain).PostJsonAsync("/api/portal/login",
            new { email = PlatformFixture.OwnerEmail(tenant.Subdomain), password = PlatformFixture.OwnerPassword });
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"wrong_sign_in\"");
    }

    private static int DoneSteps(string dashboard) => DoneStep().Matches(dashboard).Count;

    [GeneratedRegex("<li class=\"done\">")]
    private static partial Regex DoneStep();
}
