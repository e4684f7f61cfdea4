using Microsoft.Playwright;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.FakeModelServer;

namespace RecordingStudio.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AssistantPanelTests(BrowserFixture browser)
{
    [Fact]
    public Task Ask_get_an_answer_confirm_a_booking_and_see_it_in_the_sessions_list() =>
        browser.RunAsync("assistant", async page =>
        {
            var studio = await StudioSeed.CreateAsync(browser.Platform, "webai");
            await studio.Http.PutJsonAsync("/api/studio/settings", new { studioName = "Web AI", timeZone = "UTC", currency = "EUR", opensAt = "08:00:00", closesAt = "22:00:00" });
            await browser.SignInAsOwnerAsync(page, studio.Subdomain);

            browser.Model.OpenAi.Enqueue(OpenAiCall("count_clients", new { }));
            browser.Model.OpenAi.Enqueue(OpenAiText(r => $"You have {LastToolResult(r)}."));
            await page.GetByLabel("Ask or give an order").FillAsync("How many clients do I have?");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            await Assertions.Expect(page.Locator("#assistant-log")).ToContainTextAsync("You have 1 active clients.");
            await Assertions.Expect(page.Locator("#assistant-log")).ToContainTextAsync("tokens");

            var start = StudioSeed.At(14).ToString("yyyy-MM-ddTHH:mm");
            var end = StudioSeed.At(18).ToString("yyyy-MM-ddTHH:mm");
            browser.Model.OpenAi.Enqueue(OpenAiCall("create_session", new { client = "Lena Diaz", room = "Studio A", start, end, title = "Panel booking" }));
            browser.Model.OpenAi.Enqueue(OpenAiText(_ => "Shall I book it?"));
            // The conversation survives moving to another page.
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Clients" }).ClickAsync();
            await Assertions.Expect(page.Locator("#assistant-log")).ToContainTextAsync("You have 1 active clients.");
            await page.GetByLabel("Ask or give an order").FillAsync("Book Studio A for Lena Diaz tomorrow 2-6 pm");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            await Assertions.Expect(page.Locator("#assistant-pending-summary")).ToContainTextAsync("Book Studio A for Lena Diaz");

            // Another page, then a reload: every answer keeps its provider/tokens/latency line, and the proposal still
            // waiting comes back with its buttons, from the server's history.
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Rooms" }).ClickAsync();
            await page.ReloadAsync();
            await Assertions.Expect(page.Locator("#assistant-log li.assistant-assistant small")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("#assistant-log li.assistant-assistant small").First).ToContainTextAsync("openai · 280 tokens");
            await Assertions.Expect(page.Locator("#assistant-pending-summary")).ToContainTextAsync("Book Studio A for Lena Diaz");
            await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
            await Assertions.Expect(page.Locator("#assistant-log")).ToContainTextAsync("Done: Book Studio A for Lena Diaz");

            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Sessions" }).ClickAsync();
            await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Panel booking");

            // The Owner's staff page lists what the assistant (and outside agents) called.
            await page.GotoAsync(browser.StudioUrl(studio.Subdomain) + "/staff");
            await Assertions.Expect(page.Locator("#agent-calls-rows")).ToContainTextAsync("create_session");
            await Assertions.Expect(page.Locator("#agent-calls-rows")).ToContainTextAsync("assistant");
        });
}
