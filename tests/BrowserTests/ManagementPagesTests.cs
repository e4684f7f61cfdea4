using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;

namespace RecordingStudio.BrowserTests;

/// <summary>Staff run the studio from the pages: booking, cancelling, adding and archiving, with the API's rules.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ManagementPagesTests(BrowserFixture browser)
{
    private static Task ExpectTextAsync(ILocator locator, string text) => Assertions.Expect(locator).ToContainTextAsync(text);

    [Fact]
    public Task Staff_book_in_studio_time_see_what_is_in_the_way_and_cancel() =>
        browser.RunAsync("booking", async page =>
        {
            var studio = await StudioSeed.CreateAsync(browser.Platform, "webbook"); // studio time: Europe/Paris
            var calendar = new StudioCalendar("Europe/Paris");
            var tomorrow = calendar.DateOf(DateTimeOffset.UtcNow).AddDays(1);
            page.Dialog += (_, dialog) => dialog.AcceptAsync();
            await browser.SignInAsOwnerAsync(page, studio.Subdomain);
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Sessions" }).ClickAsync();

            async Task BookAsync(string from, string to, string title)
            {
                await page.GetByLabel("Client").SelectOptionAsync(new SelectOptionValue { Label = "Lena Diaz" });
                await page.GetByLabel("Room", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Studio A" });
                await page.GetByLabel("Day", new() { Exact = true }).FillAsync(tomorrow.ToString("yyyy-MM-dd"));
                await page.GetByLabel(new Regex("^From")).FillAsync(from);
                await page.GetByLabel(new Regex("^To")).FillAsync(to);
                await page.GetByLabel("Title").FillAsync(title);
                await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();
            }

            await BookAsync("14:00", "18:00", "Album tracking");
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Booked:");
            await ExpectTextAsync(page.Locator("table"), "Album tracking");
            // Post/redirect/get: the browser is on a plain GET, so a refresh neither re-books nor repeats the notice.
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"/sessions\?week={tomorrow:yyyy-MM-dd}$"));
            await page.ReloadAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
            var booked = (await (await studio.Http.GetAsync("/api/sessions")).ReadAsync<PagedResult<SessionDto>>()).Items.Single();
            booked.StartsAt.ShouldBe(calendar.ToUtc(tomorrow.ToDateTime(new TimeOnly(14, 0))));
            await page.GetByRole(AriaRole.Link, new() { Name = "Next week →" }).ClickAsync();
            await ExpectTextAsync(page.Locator("main"), "No sessions this week.");
            await page.GetByRole(AriaRole.Link, new() { Name = "← Previous week" }).ClickAsync();
            await ExpectTextAsync(page.Locator("table"), "Album tracking");

            await BookAsync("15:00", "17:00", "Overdubs");
            await ExpectTextAsync(page.GetByRole(AriaRole.Alert), "Studio A is already booked");
            await ExpectTextAsync(page.GetByRole(AriaRole.Alert), "14:00–18:00 for Lena Diaz (Album tracking)");
            await ExpectTextAsync(page.GetByRole(AriaRole.Alert), "Free that day");
            await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync("Overdubs");
            // The free slots offered are real alternatives (none overlapping another), each booked with one click and a confirmation.
            var offers = page.GetByRole(AriaRole.Region, new() { Name = "Book one of these instead" }).GetByRole(AriaRole.Button);
            await Assertions.Expect(offers).Not.ToHaveCountAsync(0);
            var offered = (await offers.AllTextContentsAsync()).Select(text => Regex.Match(text, @"(\d\d):(\d\d)–(\d\d):(\d\d)")).ToList();
            var spans = offered.Select(m => (Start: int.Parse(m.Groups[1].Value) * 60 + int.Parse(m.Groups[2].Value), End: int.Parse(m.Groups[3].Value) * 60 + int.Parse(m.Groups[4].Value))).ToList();
            spans.ShouldAllBe(s => s.End - s.Start == 120);
            foreach (var a in spans) spans.Count(b => b.Start < a.End && a.Start < b.End).ShouldBe(1);
            await offers.First.ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Booked:");
            var overdubs = (await (await studio.Http.GetAsync("/api/sessions")).ReadAsync<PagedResult<SessionDto>>()).Items.Single(s => s.Title == "Overdubs");
            calendar.ToLocal(overdubs.StartsAt).Hour.ShouldBe(spans[0].Start / 60);

            // An end earlier than the start is the next morning: a night session.
            await BookAsync("22:00", "02:00", "Night session");
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Booked:");
            var night = (await (await studio.Http.GetAsync("/api/sessions")).ReadAsync<PagedResult<SessionDto>>()).Items.Single(s => s.Title == "Night session");
            (night.EndsAt - night.StartsAt).ShouldBe(TimeSpan.FromHours(4));
            calendar.DateOf(night.EndsAt).ShouldBe(tomorrow.AddDays(1));
            // An end day before the start day is refused by name.
            await page.GetByLabel("Ends on (optional)").FillAsync(tomorrow.AddDays(-1).ToString("yyyy-MM-dd"));
            await BookAsync("10:00", "12:00", "Backwards");
            await ExpectTextAsync(page.Locator("[data-valmsg-for='Booking.EndDate']"), "a day before");
            await page.GetByLabel("Ends on (optional)").FillAsync("9999-12-31"); // beyond the horizon: said, not a 500
            await BookAsync("10:00", "12:00", "Backwards");
            await ExpectTextAsync(page.Locator("[data-valmsg-for='Booking.EndDate']"), "within ten years");
            await page.GetByLabel("Ends on (optional)").FillAsync("");

            // Whatever a user types or puts in the address is answered on the page, never with an error page.
            await page.GetByLabel("Day", new() { Exact = true }).FillAsync("0001-01-01");
            await page.GetByLabel(new Regex("^From")).FillAsync("00:30");
            await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();
            await ExpectTextAsync(page.Locator("[data-valmsg-for='Booking.Date']"), "within ten years");
            var farAway = await page.GotoAsync(browser.StudioUrl(studio.Subdomain) + "/sessions?week=0001-01-01&room=nonsense");
            farAway!.Status.ShouldBe(200);
            await ExpectTextAsync(page.Locator("table"), "Album tracking");

            await page.GetByRole(AriaRole.Button, new() { Name = "Cancel Album tracking", Exact = false }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Cancelled:");
            (await (await studio.Http.GetAsync($"/api/sessions/{booked.Id}")).ReadAsync<SessionDto>()).Status.ShouldBe(SessionStatus.Cancelled);
        });

    [Fact]
    public Task A_manager_adds_and_archives_clients_adds_rooms_and_engineers_and_takes_a_room_out_of_service() =>
        browser.RunAsync("manage", async page =>
        {
            var studio = await StudioSeed.CreateAsync(browser.Platform, "webmanage");
            page.Dialog += (_, dialog) => dialog.AcceptAsync();
            await browser.SignInAsOwnerAsync(page, studio.Subdomain);

            await page.GotoAsync(browser.StudioUrl(studio.Subdomain) + "/clients");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Nina Simone");
            await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync("nina@example.com");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add client" }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Nina Simone added.");
            await ExpectTextAsync(page.Locator("table"), "nina@example.com");

            await page.GetByRole(AriaRole.Button, new() { Name = "Archive Nina Simone" }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Nina Simone archived");
            await Assertions.Expect(page.Locator("table")).Not.ToContainTextAsync("Nina Simone");

            await page.GotoAsync(browser.StudioUrl(studio.Subdomain) + "/rooms");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Studio C");
            await page.GetByLabel("Hourly rate").FillAsync("70");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add room" }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Studio C added.");
            await page.GetByRole(AriaRole.Link, new() { Name = "Studio C" }).ClickAsync();
            await page.GetByLabel("Hourly rate").FillAsync("75.50");
            await page.GetByLabel("Description").FillAsync("Vocal booth");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Studio C saved.");
            await page.GetByRole(AriaRole.Link, new() { Name = "← Rooms" }).ClickAsync();
            await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Studio C" })
                .GetByRole(AriaRole.Button, new() { Name = "Take out of service" }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Studio C takes no new bookings.");
            var rooms = (await (await studio.Http.GetAsync("/api/rooms?includeInactive=true")).ReadAsync<PagedResult<RoomDto>>()).Items;
            rooms.Single(r => r.Name == "Studio C").ShouldSatisfyAllConditions(
                r => r.IsActive.ShouldBeFalse(), r => r.HourlyRate.ShouldBe(75.50m), r => r.Description.ShouldBe("Vocal booth"));

            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Engineers" }).ClickAsync();
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Kim Lee");
            await page.GetByLabel("Hourly rate").FillAsync("40");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add engineer" }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Kim Lee added.");
            await page.GetByRole(AriaRole.Link, new() { Name = "Kim Lee" }).ClickAsync();
            await page.GetByLabel("Takes bookings").UncheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Kim Lee saved.");
            await Assertions.Expect(page.GetByLabel("Takes bookings")).Not.ToBeCheckedAsync();
            var engineers = (await (await studio.Http.GetAsync("/api/engineers?includeInactive=true")).ReadAsync<PagedResult<EngineerDto>>()).Items;
            engineers.Single(e => e.Name == "Kim Lee").ShouldSatisfyAllConditions(e => e.HourlyRate.ShouldBe(40m), e => e.IsActive.ShouldBeFalse());
        });

    [Fact]
    public Task A_clients_page_edits_the_details_and_invites_the_client_to_the_portal() =>
        browser.RunAsync("client", async page =>
        {
            var studio = await StudioSeed.CreateAsync(browser.Platform, "webclient");
            var email = $"lena@{studio.Subdomain}.test";
            await studio.BookAsync(studio.RoomA.Id, null, StudioSeed.At(14), StudioSeed.At(16), "Lena's vocals");
            await browser.SignInAsOwnerAsync(page, studio.Subdomain);
            await page.GotoAsync(browser.StudioUrl(studio.Subdomain) + "/clients");
            await page.GetByRole(AriaRole.Link, new() { Name = "Lena Diaz" }).ClickAsync();
            await ExpectTextAsync(page.Locator("table"), "Lena's vocals");

            // Without an e-mail there is nobody to invite: the page says so.
            await page.GetByRole(AriaRole.Button, new() { Name = "Invite to the client portal" }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Alert), "has no e-mail address");

            await page.GetByLabel("E-mail").FillAsync(email);
            await page.GetByLabel("Artist name").FillAsync("LD");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Lena Diaz saved.");
            await Assertions.Expect(page.GetByLabel("Artist name")).ToHaveValueAsync("LD");

            await page.GetByRole(AriaRole.Button, new() { Name = "Invite to the client portal" }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), $"Invitation sent to {email}");
            browser.Platform.LatestSetPasswordLink(email).Link.ShouldContain(studio.Subdomain);
        });

    [Fact]
    public Task A_session_is_moved_on_its_page_and_a_taken_slot_is_explained() =>
        browser.RunAsync("move", async page =>
        {
            var studio = await StudioSeed.CreateAsync(browser.Platform, "webmove"); // studio time: Europe/Paris
            var calendar = new StudioCalendar("Europe/Paris");
            var morning = await (await studio.BookAsync(studio.RoomA.Id, null, StudioSeed.At(8), StudioSeed.At(10), "Morning")).ReadAsync<SessionDto>();
            await studio.BookAsync(studio.RoomA.Id, null, StudioSeed.At(13), StudioSeed.At(16), "Afternoon");
            await browser.SignInAsOwnerAsync(page, studio.Subdomain);
            await page.GotoAsync(browser.StudioUrl(studio.Subdomain) + "/sessions");
            await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Morning" }).GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(page.GetByLabel(new Regex("^From"))).ToHaveValueAsync(calendar.ToLocal(morning.StartsAt).ToString("HH:mm"));

            var local = calendar.ToLocal(StudioSeed.At(14));
            await page.GetByLabel(new Regex("^From")).FillAsync(local.ToString("HH:mm"));
            await page.GetByLabel(new Regex("^To")).FillAsync(local.AddHours(2).ToString("HH:mm"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Alert), "Studio A is already booked");
            await ExpectTextAsync(page.GetByRole(AriaRole.Alert), "(Afternoon)");

            await page.GetByLabel("Room").SelectOptionAsync(new SelectOptionValue { Label = "Studio B" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
            await ExpectTextAsync(page.GetByRole(AriaRole.Status), "Moved:");
            var moved = await (await studio.Http.GetAsync($"/api/sessions/{morning.Id}")).ReadAsync<SessionDto>();
            (moved.RoomId, moved.StartsAt, moved.EndsAt).ShouldBe((studio.RoomB.Id, StudioSeed.At(14), StudioSeed.At(16)));
        });
}
