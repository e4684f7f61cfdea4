using System.Net;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Platform.Tenants.SetTenantLanguage;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Accounts;

/// <summary>Which language a page speaks: the person's choice, else the studio's, else (on the apex) the browser's.</summary>
[Collection(PlatformCollection.Name)]
public sealed class LanguageTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_studio_speaks_its_language_to_visitors_whatever_their_browser_until_they_choose_another()
    {
        var (tenant, _) = await platform.CreateStudioAsync("langfr");
        await platform.SendAsync(new SetTenantLanguageCommand(tenant.Subdomain, "fr"));
        platform.ForgetStudio(tenant.Subdomain);
        var visitor = platform.App.ClientFor(tenant.Subdomain);
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");

        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/login"));
        page.ShouldContain("<html lang=\"fr\">");
        page.ShouldContain("Connexion de l'équipe");
        page.ShouldContain("Mot de passe oublié ?");

        // The language menu: English for this browser from now on.
        var chosen = await visitor.PostFormAsync("/language", await visitor.FormTokenAsync("/login"),
            new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "/login" });
        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        chosen.Headers.Location!.OriginalString.ShouldBe("/login");
        var english = await visitor.GetStringAsync("/login");
        english.ShouldContain("<html lang=\"en\">");
        english.ShouldContain("Staff sign-in");
    }

    [Fact]
    public async Task The_signup_page_guesses_the_language_from_the_browser()
    {
        var french = platform.App.ApexClient();
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9,en;q=0.5");
        var page = await french.GetStringAsync("/signup");
        page.ShouldContain("Créez votre studio");
        page.ShouldContain("<option value=\"fr\" lang=\"fr\" selected=\"selected\">Français</option>");

        var other = platform.App.ApexClient();
        other.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE,de;q=0.9");
        (await other.GetStringAsync("/signup")).ShouldContain("Create your studio", customMessage: "a language it does not speak falls back to English");
    }

    [Fact]
    public async Task A_persons_choice_is_kept_in_their_profile_and_follows_them_to_another_browser()
    {
        var (tenant, _) = await platform.CreateStudioAsync("langme");
        var email = PlatformFixture.OwnerEmail(tenant.Subdomain);
        var laptop = platform.App.ClientFor(tenant.Subdomain);
        await laptop.SignInWithCookieAsync(email, PlatformFixture.OwnerPassword);
        (await laptop.GetStringAsync("/dashboard")).ShouldContain("Dashboard");

        var chosen = await laptop.PostFormAsync("/language", await laptop.FormTokenAsync("/dashboard"),
            new Dictionary<string, string> { ["language"] = "fr", ["returnUrl"] = "/dashboard" });
        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await laptop.GetStringAsync("/dashboard")).ShouldContain("Tableau de bord");

        var phone = platform.App.ClientFor(tenant.Subdomain);
        (await phone.GetStringAsync("/login")).ShouldContain("Staff sign-in", customMessage: "the studio speaks English to visitors");
        await phone.SignInWithCookieAsync(email, PlatformFixture.OwnerPassword);
        (await phone.GetStringAsync("/dashboard")).ShouldContain("Tableau de bord");
    }

    [Fact]
    public async Task A_language_the_product_does_not_speak_is_refused_everywhere()
    {
        var (tenant, _) = await platform.CreateStudioAsync("langbad");
        var refused = await Should.ThrowAsync<FluentValidation.ValidationException>(() => platform.SendAsync(new SetTenantLanguageCommand(tenant.Subdomain, "xx")));
        refused.Errors.ShouldContain(e => e.PropertyName == "Language");

        var visitor = platform.App.ClientFor(tenant.Subdomain);
        var ignored = await visitor.PostFormAsync("/language", await visitor.FormTokenAsync("/login"),
            new Dictionary<string, string> { ["language"] = "<script>", ["returnUrl"] = "https://evil.example/" });
        ignored.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ignored.Headers.Location!.OriginalString.ShouldBe("/", customMessage: "only a local page is returned to");
        (await visitor.GetStringAsync("/login")).ShouldContain("<html lang=\"en\">");
    }

    [Fact]
    public async Task French_pages_read_amounts_as_browsers_send_them()
    {
        var (tenant, api) = await platform.CreateStudioAsync("langnum");
        await platform.SendAsync(new SetTenantLanguageCommand(tenant.Subdomain, "fr"));
        platform.ForgetStudio(tenant.Subdomain);
        var browser = platform.App.ClientFor(tenant.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(tenant.Subdomain), PlatformFixture.OwnerPassword);

        // A number field posts "65.50" whatever the page's language; read as French it would be refused or 6550.
        var added = await browser.PostFormAsync("/rooms?handler=Add", await browser.FormTokenAsync("/rooms"),
            new Dictionary<string, string> { ["NewRoom.Name"] = "Salle A", ["NewRoom.HourlyRate"] = "65.50" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync());

        var rooms = (await (await api.GetAsync("/api/rooms")).ReadAsync<PagedResult<RoomDto>>()).Items;
        rooms.Single().HourlyRate.ShouldBe(65.50m);
    }

    [Fact]
    public async Task E_mails_to_a_person_are_in_their_language_else_the_studios()
    {
        var studio = await StudioSeed.CreateAsync(platform, "langmail");
        await platform.SendAsync(new SetTenantLanguageCommand(studio.Subdomain, "fr"));
        platform.ForgetStudio(studio.Subdomain);

        // A new client has no language of their own: the studio's.
        var email = $"lena@{studio.Subdomain}.test";
        (await studio.Http.PutJsonAsync($"/api/clients/{studio.Client.Id}", new { name = "Lena Diaz", email })).EnsureSuccessStatusCode();
        (await studio.Http.PostAsync($"/api/clients/{studio.Client.Id}/portal-invitation", null)).EnsureSuccessStatusCode();
        var invitation = platform.MessagesTo(email).Last();
        invitation.Subject.ShouldStartWith("Vos séances chez ");
        (invitation.TextBody ?? "").ShouldStartWith("Bonjour Lena Diaz,");
        (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, StudioSeed.At(10), StudioSeed.At(12), "Voix")).EnsureSuccessStatusCode();
        var booked = platform.MessagesTo(email).Last();
        booked.Subject.ShouldStartWith("Réservée : Voix, ");
        (booked.TextBody ?? "").ShouldStartWith("Votre séance est réservée.");
        (booked.TextBody ?? "").ShouldContain("Ingénieur du son : Sam Keller");

        // The Owner chose English: their password reset comes in English, from a French page.
        var owner = PlatformFixture.OwnerEmail(studio.Subdomain);
        var browser = platform.App.ClientFor(studio.Subdomain);
        await browser.SignInWithCookieAsync(owner, PlatformFixture.OwnerPassword);
        await browser.PostFormAsync("/language", await browser.FormTokenAsync("/dashboard"), new Dictionary<string, string> { ["language"] = "en" });
        var anonymous = platform.App.ClientFor(studio.Subdomain);
        (await anonymous.GetStringAsync("/forgot-password")).ShouldContain("Mot de passe oublié");
        await anonymous.PostFormAsync("/forgot-password", await anonymous.FormTokenAsync("/forgot-password"), new Dictionary<string, string> { ["Email"] = owner });
        var reset = platform.MessagesTo(owner).Last();
        reset.Subject.ShouldBe("Reset your password");
        (reset.TextBody ?? "").ShouldContain("Choose your password here");
    }

    [Fact]
    public async Task The_owner_sets_the_studios_language_from_the_staff_page_and_only_an_owner_may()
    {
        var (tenant, api) = await platform.CreateStudioAsync("langowner");
        var owner = platform.App.ClientFor(tenant.Subdomain);
        await owner.SignInWithCookieAsync(PlatformFixture.OwnerEmail(tenant.Subdomain), PlatformFixture.OwnerPassword);
        var set = await owner.PostFormAsync("/staff?handler=Language", await owner.FormTokenAsync("/staff"), new Dictionary<string, string> { ["language"] = "fr" });
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect, await set.Content.ReadAsStringAsync());
        WebUtility.HtmlDecode(await platform.App.ClientFor(tenant.Subdomain).GetStringAsync("/login")).ShouldContain("Connexion de l'équipe",
            customMessage: "a visitor now gets the studio's new language");

        (await (await api.PutJsonAsync("/api/studio/language", new { language = "xx" })).ProblemAsync(400)).GetProperty("errors").TryGetProperty("language", out _).ShouldBeTrue();
        (await (await api.PutJsonAsync("/api/studio/language", new { language = "en" })).ReadAsync<Application.Studio.Settings.SetStudioLanguage.StudioLanguageDto>()).Language.ShouldBe("en");
        var engineerKey = (await (await api.PostJsonAsync("/api/api-keys", new { name = "Eng", role = "Engineer" })).ReadAsync<Application.Accounts.ApiKeys.CreatedApiKeyDto>()).Key;
        var engineer = platform.App.ClientFor(tenant.Subdomain);
        engineer.DefaultRequestHeaders.Add("X-Api-Key", engineerKey);
        await (await engineer.PutJsonAsync("/api/studio/language", new { language = "fr" })).ProblemAsync(403);
    }
}
