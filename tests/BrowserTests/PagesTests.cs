using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.TestSupport;

namespace RecordingStudio.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PagesTests(BrowserFixture browser)
{
    private PlatformFixture Platform => browser.Platform;

    private static async Task ExpectTextAsync(ILocator locator, string text) =>
        await Assertions.Expect(locator).ToContainTextAsync(text);

    [Fact]
    public Task Signup_in_the_browser_lands_on_the_new_studio_and_signing_in_shows_its_dashboard() =>
        browser.RunAsync("signup", async page =>
        {
            var subdomain = PlatformFixture.UniqueSubdomain("web");
            var email = $"owner@{subdomain}.test";
            await page.GotoAsync(browser.Apex + "/");
            await Assertions.Expect(page).ToHaveURLAsync(browser.Apex + "/signup");

            await page.GetByLabel("Studio name").FillAsync("Browser Beats");
            await page.GetByLabel("Address").FillAsync(subdomain);
            await ExpectTextAsync(page.Locator("#subdomain-status"), $"{subdomain} is available.");
            await page.GetByLabel("Address").FillAsync("www");
            await ExpectTextAsync(page.Locator("#subdomain-status"), "reserved");
            await page.GetByLabel("Address").FillAsync(subdomain);
            await ExpectTextAsync(page.Locator("#subdomain-status"), "is available");
            await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).First.ClickAsync();

            await page.GetByLabel("Your name").FillAsync("Bea Browser");
            await page.GetByLabel("E-mail").FillAsync(email);
            // Back and forth keeps what was typed.
            await page.Locator("fieldset[data-step='1']").GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("Studio name")).ToHaveValueAsync("Browser Beats");
            await page.Locator("fieldset[data-step='0']").GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("E-mail")).ToHaveValueAsync(email);
            await page.Locator("fieldset[data-step='1']").GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

            await page.GetByLabel("Password", new() { Exact = true }).FillAsync("browser-pass-123");
            await page.GetByLabel("Repeat the password").FillAsync("browser-pass-123");
            await page.GetByLabel("I accept the terms of service").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Create my studio" }).ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(browser.StudioUrl(subdomain) + "/login?welcome=")));
            await ExpectTextAsync(page.Locator("#welcome"), "Welcome to Browser Beats!");
            await Assertions.Expect(page.GetByLabel("E-mail")).ToHaveValueAsync(email);
            await page.GetByLabel("Password").FillAsync("browser-pass-123");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(browser.StudioUrl(subdomain) + "/dashboard");
            await ExpectTextAsync(page.Locator("h1"), "Browser Beats");
            await ExpectTextAsync(page.Locator("main"), "No sessions today.");
        });

    [Fact]
    public Task Signing_in_returns_to_the_page_that_sent_you_even_with_accents_in_its_address() =>
        browser.RunAsync("returnurl", async page =>
        {
            var (tenant, _) = await Platform.CreateStudioAsync("webreturn");
            // A link a person might paste: its ReturnUrl, once decoded, is not plain ASCII.
            await page.GotoAsync(browser.StudioUrl(tenant.Subdomain) + "/login?ReturnUrl=%2Fclients%3Fsearch%3Dcaf%C3%A9");
            await page.GetByLabel("E-mail").FillAsync(PlatformFixture.OwnerEmail(tenant.Subdomain));
            await page.GetByLabel("Password").FillAsync(PlatformFixture.OwnerPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape("/clients?search=caf%C3%A9") + "$"));
            await Assertions.Expect(page.GetByLabel("Search by name")).ToHaveValueAsync("café");
        });

    [Fact]
    public Task The_api_reference_renders_under_its_content_security_policy() =>
        browser.RunAsync("scalar", async page =>
        {
            await page.GotoAsync(browser.Apex + "/scalar/v1");
            await Assertions.Expect(page.Locator("h1").First).ToContainTextAsync("Recording Studio Manager API");
        });

    [Fact]
    public Task Server_errors_are_shown_on_the_step_they_belong_to() =>
        browser.RunAsync("signup-errors", async page =>
        {
            var (taken, _) = await Platform.CreateStudioAsync("takenweb");
            await page.GotoAsync(browser.Apex + "/signup");
            // Without the live check (the name is typed after it ran), the server still refuses the taken subdomain.
            await page.GetByLabel("Studio name").FillAsync("Copycat");
            await page.EvaluateAsync($"document.querySelector('[name=\"Studio.Subdomain\"]').value = '{taken.Subdomain}'");
            await page.Locator("fieldset[data-step='0']").GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
            await page.GetByLabel("Your name").FillAsync("Cat");
            await page.GetByLabel("E-mail").FillAsync("cat@example.com");
            await page.Locator("fieldset[data-step='1']").GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync("copycat-pass-1");
            await page.GetByLabel("Repeat the password").FillAsync("copycat-pass-1");
            await page.GetByLabel("I accept the terms of service").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Create my studio" }).ClickAsync();

            await Assertions.Expect(page.Locator("fieldset[data-step='0']")).ToBeVisibleAsync();
            await ExpectTextAsync(page.Locator("fieldset[data-step='0']"), "already taken");
        });

    [Fact]
    public Task Five_wrong_passwords_show_the_lockout_message() =>
        browser.RunAsync("lockout", async page =>
        {
            var (tenant, _) = await Platform.CreateStudioAsync("weblock");
            await page.GotoAsync(browser.StudioUrl(tenant.Subdomain) + "/");
            await Assertions.Expect(page).ToHaveURLAsync(browser.StudioUrl(tenant.Subdomain) + "/login");
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                await page.GetByLabel("E-mail").FillAsync(PlatformFixture.OwnerEmail(tenant.Subdomain));
                await page.GetByLabel("Password").FillAsync("not-the-password");
                await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
                if (attempt < 5) await ExpectTextAsync(page.Locator("#sign-in-failed"), $"{5 - attempt} attempt");
            }
            await ExpectTextAsync(page.Locator("#sign-in-locked"), "locked until");
        });

    [Fact]
    public Task A_client_signs_in_to_the_portal_and_sees_only_their_own_sessions() =>
        browser.RunAsync("portal", async page =>
        {
            var studio = await StudioSeed.CreateAsync(Platform, "webportal");
            var subdomain = studio.Subdomain;
            var email = $"lena@{subdomain}.test";
            await studio.Http.PutJsonAsync($"/api/clients/{studio.Client.Id}", new { name = "Lena Diaz", email });
            var marc = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Marc" })).ReadAsync<ClientDto>();
            await studio.BookAsync(studio.RoomA.Id, null, StudioSeed.At(14), StudioSeed.At(16), "Lena's vocals");
            await studio.Http.PostJsonAsync("/api/sessions", new { clientId = marc.Id, roomId = studio.RoomB.Id, startsAt = StudioSeed.At(14), endsAt = StudioSeed.At(16), title = "Marc's drums" });
            await studio.Http.PostAsync($"/api/clients/{studio.Client.Id}/portal-invitation", null);

            var (_, _, link) = Platform.LatestSetPasswordLink(email);
            await page.GotoAsync(link);
            await page.GetByLabel("New password").FillAsync("lena-pass-123");
            await page.GetByLabel("Repeat it").FillAsync("lena-pass-123");
            await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
            // Signed in straight away, in the portal (no guessing between "staff" and "client" sign-in).
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/client/sessions$"));
            await ExpectTextAsync(page.Locator("p.notice"), "Your password is set and you are signed in");
            await ExpectTextAsync(page.Locator("#upcoming-sessions"), "Lena's vocals");
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Marc's drums");

            // Their own calendar address, after a confirmation, shown once on the page.
            page.Dialog += (_, dialog) => dialog.AcceptAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Get my calendar address" }).ClickAsync();
            await Assertions.Expect(page.Locator("#feed-url")).ToContainTextAsync("/ical/");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open in my calendar app" })).ToHaveAttributeAsync("href", new Regex("^webcal://"));

            // Asking for a session: the request is listed as pending, and the page fits a phone — long names and notes too.
            const string bigRoom = "Live Room Two (the big one upstairs, with the Steinway grand piano)";
            (await studio.Http.PutJsonAsync($"/api/rooms/{studio.RoomB.Id}", new { name = bigRoom, hourlyRate = 60 })).EnsureSuccessStatusCode();
            await page.ReloadAsync();
            var tomorrow = new Domain.Studio.StudioCalendar("Europe/Paris").DateOf(DateTimeOffset.UtcNow).AddDays(2);
            await page.GetByLabel("Day").FillAsync(tomorrow.ToString("yyyy-MM-dd"));
            await page.GetByLabel("From").FillAsync("10:00");
            await page.GetByLabel("To (studio time)").FillAsync("13:00");
            await page.GetByLabel("Room").SelectOptionAsync(new SelectOptionValue { Label = bigRoom });
            await page.GetByLabel("Note for the studio").FillAsync("Acoustic set, two voices: https://example.com/our-demo-recordings/acoustic-set-two-voices-final-mix-v12.wav");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Request sent for");
            await ExpectTextAsync(page.Locator("#requests"), bigRoom + ": waiting for an answer");
            (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the portal must not scroll sideways at 390 px");

            await page.GotoAsync(browser.StudioUrl(subdomain) + "/dashboard");
            await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/dashboard$"));

            // The studio accepts it from its requests page, on a phone too.
            await page.Context.ClearCookiesAsync();
            await browser.SignInAsOwnerAsync(page, subdomain);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Requests" }).ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Acoustic set, two voices");
            (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the requests page must not scroll sideways at 390 px");
            await page.GetByRole(AriaRole.Button, new() { Name = "Accept and book" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Booked for Lena Diaz");
        });
}
