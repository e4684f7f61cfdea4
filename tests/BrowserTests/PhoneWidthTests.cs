using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.TestSupport;

namespace RecordingStudio.BrowserTests;

/// <summary>
/// Every page at 390 px, in English and in French (its words are longer): none scrolls sideways, each has a title, a
/// main landmark and a level-one heading.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneWidthTests(BrowserFixture browser)
{
    [Fact]
    public Task Every_page_fits_a_phone_in_both_languages() =>
        browser.RunAsync("phone-width", async page =>
        {
            var studio = await StudioSeed.CreateAsync(browser.Platform, "phone");
            var subdomain = studio.Subdomain;
            const string longName = "Live Room Two (the big one upstairs, with the Steinway grand piano and the vintage Neve console)";
            (await studio.Http.PutJsonAsync($"/api/rooms/{studio.RoomB.Id}", new { name = longName, hourlyRate = 60 })).EnsureSuccessStatusCode();
            var booked = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, StudioSeed.At(10), StudioSeed.At(14), "Album tracking with a rather long title")).ReadAsync<SessionDto>();
            var other = await (await studio.BookAsync(studio.RoomB.Id, null, StudioSeed.At(15), StudioSeed.At(18), "Overdubs")).ReadAsync<SessionDto>();
            var invoice = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { booked.Id } }))
                .ReadAsync<Application.Studio.Invoices.InvoiceDto>();
            var quote = await (await studio.Http.PostJsonAsync("/api/quotes", new { clientId = studio.Client.Id, sessionIds = new[] { other.Id } }))
                .ReadAsync<Application.Studio.Quotes.QuoteDto>();
            var (clientEmail, _) = await studio.PortalClientAsync(browser.Platform, "client-pass-123");

            string[] staffPages =
            [
                "/dashboard", "/calendar", "/calendar?view=week", "/sessions", $"/sessions/{booked.Id}", "/requests", "/clients",
                $"/clients/{studio.Client.Id}", "/rooms", $"/rooms/{studio.RoomB.Id}", "/engineers", $"/engineers/{studio.Sam.Id}", "/staff", "/plan",
                "/invoices", $"/invoices/{invoice.Id}", $"/invoices/new?clientId={studio.Client.Id}", "/quotes", $"/quotes/{quote.Id}",
                $"/quotes/new?clientId={studio.Client.Id}", "/reports",
            ];
            string[] openPages = ["/login", "/client/login", "/forgot-password"];

            foreach (var language in new[] { "English", "Français" })
            {
                await page.GotoAsync(browser.StudioUrl(subdomain) + "/login");
                await page.GetByRole(AriaRole.Button, new() { Name = language, Exact = true }).ClickAsync();
                foreach (var path in openPages) await CheckAsync(page, browser.StudioUrl(subdomain) + path);
                await CheckAsync(page, browser.Apex + "/signup");

                await browser.SignInAsOwnerAsync(page, subdomain);
                foreach (var path in staffPages) await CheckAsync(page, browser.StudioUrl(subdomain) + path);
                await page.Locator("form.logout button").ClickAsync();

                await page.GotoAsync(browser.StudioUrl(subdomain) + "/client/login");
                await page.Locator("#Email").FillAsync(clientEmail);
                await page.Locator("#Password").FillAsync("client-pass-123");
                await page.Locator("main button[type=submit]").ClickAsync();
                await Assertions.Expect(page).ToHaveURLAsync(new Regex("/client/sessions$"));
                await CheckAsync(page, browser.StudioUrl(subdomain) + "/client/sessions");
                await page.Locator("form.logout button").ClickAsync();
            }
        });

    private static async Task CheckAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        response!.Ok.ShouldBeTrue($"{url} answered {response.Status}");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"))
            .ShouldBeLessThanOrEqualTo(0, $"{url} scrolls sideways at 390 px");
        (await page.TitleAsync()).ShouldNotBeNullOrWhiteSpace(url);
        (await page.Locator("main").CountAsync()).ShouldBe(1, $"{url} has one main landmark");
        (await page.Locator("h1").CountAsync()).ShouldBeGreaterThanOrEqualTo(1, $"{url} has a heading");
    }
}
