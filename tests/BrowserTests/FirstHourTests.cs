using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RecordingStudio.TestSupport;

namespace RecordingStudio.BrowserTests;

/// <summary>
/// A new studio's first hour, in Chromium, in French and in English, on a laptop and on a phone: signup, the greeting
/// on its own sign-in page, the first-run checklist, a room, a client, the first booking — nothing wider than the screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstHourTests(BrowserFixture browser)
{
    private sealed record Words(string Heading, string Available, string Welcome, string Checklist, string Booked, string Dashboard);

    private static readonly Dictionary<string, Words> Language = new()
    {
        ["en"] = new("Create your studio", "is available", "Welcome to", "Set up your studio", "Booked:", "Dashboard"),
        ["fr"] = new("Créez votre studio", "est disponible", "Bienvenue chez", "Mettez votre studio en place", "Réservé :", "Tableau de bord"),
    };

    [Theory]
    [InlineData("en-GB", 1280)]
    [InlineData("en-GB", 390)]
    [InlineData("fr-FR", 1280)]
    [InlineData("fr-FR", 390)]
    public Task Signup_greeting_checklist_and_first_booking(string locale, int width) =>
        browser.RunAsync($"first-hour-{locale}-{width}", async page =>
        {
            var words = Language[locale[..2]];
            var subdomain = PlatformFixture.UniqueSubdomain("hour");
            var email = $"owner@{subdomain}.test";

            await page.GotoAsync(browser.Apex + "/signup");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(words.Heading);
            await Assertions.Expect(page.Locator("#Studio_Language")).ToHaveValueAsync(locale[..2], new() { Timeout = 5000 });
            await NoSidewaysScrollAsync(page);
            await page.Locator("#Studio_Name").FillAsync("Studio Lumière");
            await page.Locator("#Studio_Subdomain").FillAsync(subdomain);
            await Assertions.Expect(page.Locator("#subdomain-status")).ToContainTextAsync(words.Available);
            await page.Locator("fieldset[data-step='0'] [data-next]").ClickAsync();
            await page.Locator("#Account_Name").FillAsync("Camille");
            await page.Locator("#Account_Email").FillAsync(email);
            await page.Locator("fieldset[data-step='1'] [data-next]").ClickAsync();
            await page.Locator("#Security_Password").FillAsync("first-hour-123");
            await page.Locator("#Security_ConfirmPassword").FillAsync("first-hour-123");
            await page.Locator("#Security_AcceptTerms").CheckAsync();
            await page.Locator("#signup button[type=submit]").ClickAsync();

            // The studio's own sign-in page greets the owner, e-mail filled in, in the studio's language.
            await Assertions.Expect(page.Locator("#welcome")).ToContainTextAsync(words.Welcome);
            await Assertions.Expect(page.Locator("#welcome")).ToContainTextAsync("Studio Lumière");
            await Assertions.Expect(page.Locator("#Email")).ToHaveValueAsync(email);
            await NoSidewaysScrollAsync(page);
            await page.Locator("#Password").FillAsync("first-hour-123");
            await page.Locator("main button[type=submit]").ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dashboard$"));
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex(Regex.Escape(words.Dashboard)));
            await Assertions.Expect(page.Locator("#first-steps")).ToHaveTextAsync(words.Checklist);
            await Assertions.Expect(page.Locator("#first-steps-list li.done")).ToHaveCountAsync(0);
            await NoSidewaysScrollAsync(page);

            // The booking form says what it needs first.
            await page.GotoAsync(browser.StudioUrl(subdomain) + "/sessions");
            await Assertions.Expect(page.Locator("#booking-needs")).ToBeVisibleAsync();

            await page.Locator("#booking-needs a[href^='/rooms']").ClickAsync();
            await page.Locator("#room-name").FillAsync("Salle A");
            await page.Locator("#room-rate").FillAsync("65.50");
            await page.Locator("#room-rate").PressAsync("Enter");
            await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Salle A");
            await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("65");
            await NoSidewaysScrollAsync(page);

            await page.GotoAsync(browser.StudioUrl(subdomain) + "/clients");
            await page.Locator("#client-name").FillAsync("Lena Diaz");
            await page.Locator("#client-name").PressAsync("Enter");
            await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Lena Diaz");

            await page.GotoAsync(browser.StudioUrl(subdomain) + "/sessions");
            await Assertions.Expect(page.Locator("#booking-needs")).ToHaveCountAsync(0);
            await page.Locator("#booking-client").SelectOptionAsync(new SelectOptionValue { Label = "Lena Diaz" });
            await page.Locator("#booking-room").SelectOptionAsync(new SelectOptionValue { Label = "Salle A" });
            await page.Locator("#booking-date").FillAsync(DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"));
            await page.Locator("#booking-start").FillAsync("14:00");
            await page.Locator("#booking-end").FillAsync("18:00");
            await page.Locator("#booking-title").FillAsync("Album");
            await page.Locator("#book ~ form button[type=submit]").ClickAsync();
            var notice = page.GetByRole(AriaRole.Status);
            await Assertions.Expect(notice).ToContainTextAsync(words.Booked);
            await Assertions.Expect(notice).ToContainTextAsync("Lena Diaz");
            await Assertions.Expect(notice).Not.ToContainTextAsync(new Regex("[0-9a-f]{8}-[0-9a-f]{4}-"), new() { Timeout = 1000 });
            await NoSidewaysScrollAsync(page);

            await page.GotoAsync(browser.StudioUrl(subdomain) + "/dashboard");
            await Assertions.Expect(page.Locator("#first-steps-list li.done")).ToHaveCountAsync(3);
        }, locale, width);

    [Fact]
    public Task Signup_and_sign_in_work_with_the_keyboard_alone() =>
        browser.RunAsync("first-hour-keyboard", async page =>
        {
            var subdomain = PlatformFixture.UniqueSubdomain("keys");
            await page.GotoAsync(browser.Apex + "/signup");
            // The wizard puts the cursor in its first field; Enter moves to the next step once the step is valid.
            await Assertions.Expect(page.Locator("#Studio_Name")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("Keyboard Studio");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync(subdomain);
            await Assertions.Expect(page.Locator("#subdomain-status")).ToContainTextAsync("available");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("#Account_Name")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("Kim");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync($"kim@{subdomain}.test");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("#Security_Password")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("keyboard-pass-1");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("keyboard-pass-1");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Space");
            await Assertions.Expect(page.Locator("#Security_AcceptTerms")).ToBeCheckedAsync();
            // Past the hint links to the submit button.
            for (var i = 0; i < 4 && !await page.Locator("#signup button[type=submit]").EvaluateAsync<bool>("b => b === document.activeElement"); i++)
                await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");

            // The greeting page puts the cursor in the password (the e-mail is filled in).
            await Assertions.Expect(page.Locator("#welcome")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#Password")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("keyboard-pass-1");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dashboard$"));

            // The first Tab offers to skip the header and menu.
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(page.Locator("a.skip")).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dashboard#main$"));
        }, "en-GB", 1280);

    private static async Task NoSidewaysScrollAsync(IPage page) =>
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"))
            .ShouldBeTrue($"{page.Url} scrolls sideways at {page.ViewportSize?.Width} px");
}
