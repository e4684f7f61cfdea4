using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;

namespace RecordingStudio.BrowserTests;

/// <summary>The calendar: sessions as blocks on the studio's clock, a day by room or a week by day, booking from a free hour.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CalendarPageTests(BrowserFixture browser)
{
    [Fact]
    public Task Staff_see_the_day_by_room_and_the_week_by_day_and_book_from_a_free_hour_at_phone_width() =>
        browser.RunAsync("calendar", async page =>
        {
            var studio = await StudioSeed.CreateAsync(browser.Platform, "webcal"); // studio time: Europe/Paris
            var calendar = new StudioCalendar("Europe/Paris");
            var day = calendar.DateOf(DateTimeOffset.UtcNow).AddDays(1);
            var tracking = calendar.Slot(day, new TimeOnly(14, 0), new TimeOnly(18, 0));
            var night = calendar.Slot(day, new TimeOnly(22, 0), new TimeOnly(2, 0));
            (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, tracking.Start, tracking.End, "Album tracking")).EnsureSuccessStatusCode();
            (await studio.BookAsync(studio.RoomB.Id, null, night.Start, night.End, "Night mix")).EnsureSuccessStatusCode();
            await browser.SignInAsOwnerAsync(page, studio.Subdomain);

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Calendar" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Next day →" }).ClickAsync();
            var studioA = page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Studio A") });
            var studioB = page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Studio B") });
            await Assertions.Expect(studioA.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Album tracking") })).ToContainTextAsync("Sam Keller");
            await Assertions.Expect(studioB.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Night mix") })).ToContainTextAsync("22:00");
            await Assertions.Expect(studioA.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Night mix") })).ToHaveCountAsync(0);
            (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the page must not scroll sideways at 390 px");
            // No booking link under a session: 14:00-18:00 is taken in Studio A.
            await Assertions.Expect(studioA.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("at (14|15|16|17):00$") })).ToHaveCountAsync(0);

            // A free hour opens the booking form with that room, day and time.
            await studioA.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("at 10:00$") }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("Day", new() { Exact = true })).ToHaveValueAsync(day.ToString("yyyy-MM-dd"));
            await Assertions.Expect(page.GetByLabel(new Regex("^From"))).ToHaveValueAsync("10:00");
            await Assertions.Expect(page.GetByLabel(new Regex("^To \\("))).ToHaveValueAsync("12:00");
            await Assertions.Expect(page.GetByLabel("Room", new() { Exact = true })).ToHaveValueAsync(studio.RoomA.Id.ToString());
            await page.GetByLabel("Client").SelectOptionAsync(new SelectOptionValue { Label = "Lena Diaz" });
            await page.GetByLabel("Title").FillAsync("Vocals");
            await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Booked:");

            // The week of one room: a column per day; the block opens its session.
            await page.GotoAsync(browser.StudioUrl(studio.Subdomain) + $"/calendar?view=week&day={day:yyyy-MM-dd}&room={studio.RoomA.Id}");
            var column = page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^" + day.ToString("ddd d MMM", CultureInfo.InvariantCulture)) });
            await Assertions.Expect(column.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Vocals") })).ToHaveCountAsync(1);
            await Assertions.Expect(column.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Night mix") })).ToHaveCountAsync(0);
            (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
            await column.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Album tracking") }).ClickAsync();
            var booked = (await (await studio.Http.GetAsync("/api/sessions")).ReadAsync<PagedResult<SessionDto>>()).Items.Single(s => s.Title == "Album tracking");
            await Assertions.Expect(page).ToHaveURLAsync(browser.StudioUrl(studio.Subdomain) + $"/sessions/{booked.Id}");

            // A room taken out of service still shows the sessions it holds.
            (await studio.Http.PutJsonAsync($"/api/rooms/{studio.RoomB.Id}", new { name = "Studio B", hourlyRate = 60, isActive = false })).EnsureSuccessStatusCode();
            await page.GotoAsync(browser.StudioUrl(studio.Subdomain) + $"/calendar?day={day:yyyy-MM-dd}");
            await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Studio B \\(out of service\\)") })
                .GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Night mix") })).ToHaveCountAsync(1);

            // All rooms: the night session shows on both days it covers.
            await page.GotoAsync(browser.StudioUrl(studio.Subdomain) + $"/calendar?view=week&day={day:yyyy-MM-dd}");
            var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
            foreach (var covered in new[] { day, day.AddDays(1) }.Where(d => d < monday.AddDays(7)))
                await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^" + covered.ToString("ddd d MMM", CultureInfo.InvariantCulture)) })
                    .GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Night mix") })).ToHaveCountAsync(1);
        });

    [Fact]
    public Task A_session_dragged_to_another_room_and_hour_moves_there_and_a_drop_on_a_taken_slot_is_explained() =>
        browser.RunAsync("calendar-drag", async page =>
        {
            var studio = await StudioSeed.CreateAsync(browser.Platform, "webdrag");
            var calendar = new StudioCalendar("Europe/Paris");
            var day = calendar.DateOf(DateTimeOffset.UtcNow).AddDays(1);
            var tracking = calendar.Slot(day, new TimeOnly(14, 0), new TimeOnly(18, 0));
            var lunch = calendar.Slot(day, new TimeOnly(12, 0), new TimeOnly(13, 0));
            var session = await (await studio.BookAsync(studio.RoomA.Id, null, tracking.Start, tracking.End, "Album tracking")).ReadAsync<SessionDto>();
            (await studio.BookAsync(studio.RoomB.Id, null, lunch.Start, lunch.End, "Lunch mix")).EnsureSuccessStatusCode();
            await browser.SignInAsOwnerAsync(page, studio.Subdomain);
            await page.SetViewportSizeAsync(1280, 900);
            page.Dialog += (_, dialog) => dialog.AcceptAsync();
            await page.GotoAsync(browser.StudioUrl(studio.Subdomain) + $"/calendar?day={day:yyyy-MM-dd}");

            var studioB = page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Studio B") });
            var block = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Album tracking") });
            // 11:00 in Studio B: 11:00-15:00 meets the 12:00 session there.
            await block.DragToAsync(studioB, new() { SourcePosition = new SourcePosition { X = 10, Y = 5 }, TargetPosition = new TargetPosition { X = 20, Y = 22 * 24 + 12 } });
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("already booked");
            (await (await studio.Http.GetAsync($"/api/sessions/{session.Id}")).ReadAsync<SessionDto>()).RoomId.ShouldBe(studio.RoomA.Id);

            // 08:00 in Studio B is free: moved (its top where it is dropped, wherever it was taken), same length, and the view kept.
            // The grid opens at the studio's opening hour (09:00): scroll up to see 08:00, as a person would.
            await page.EvaluateAsync("document.getElementById('calendar').scrollTop = 6 * 48");
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Album tracking") }).DragToAsync(
                page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Studio B") }), new() { SourcePosition = new SourcePosition { X = 10, Y = 5 }, TargetPosition = new TargetPosition { X = 20, Y = 16 * 24 + 12 } });
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Moved:");
            var moved = await (await studio.Http.GetAsync($"/api/sessions/{session.Id}")).ReadAsync<SessionDto>();
            (moved.RoomId, calendar.ToLocal(moved.StartsAt).TimeOfDay, moved.EndsAt - moved.StartsAt)
                .ShouldBe((studio.RoomB.Id, TimeSpan.FromHours(8), TimeSpan.FromHours(4)));
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"day={day:yyyy-MM-dd}"));
        });
}
