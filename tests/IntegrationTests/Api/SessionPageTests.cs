using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

[Collection(PlatformCollection.Name)]
public sealed class SessionPageTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_session_in_a_room_taken_out_of_service_keeps_its_room_in_the_move_form()
    {
        var studio = await CreateAsync(platform, "oldroom");
        var session = await (await studio.BookAsync(studio.RoomB.Id, studio.Sam.Id, At(10), At(12))).ReadAsync<SessionDto>();
        (await studio.Http.PutJsonAsync($"/api/rooms/{studio.RoomB.Id}", new { name = "Studio B", hourlyRate = 60, isActive = false })).EnsureSuccessStatusCode();
        var browser = platform.App.ClientFor(studio.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(studio.Subdomain), PlatformFixture.OwnerPassword);

        var page = await browser.GetStringAsync($"/sessions/{session.Id}");

        // Without its own room in the list, the browser would preselect another and a move would silently change rooms.
        page.ShouldContain($"<option value=\"{studio.RoomB.Id}\" selected=\"selected\">Studio B</option>");
    }

    [Fact]
    public async Task A_hold_placed_from_the_booking_form_shows_its_rank_and_is_confirmed_from_its_page()
    {
        var studio = await CreateAsync(platform, "holdpage");
        await studio.Http.PostJsonAsync("/api/sessions", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id, startsAt = At(10), endsAt = At(12), hold = true });
        var browser = platform.App.ClientFor(studio.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(studio.Subdomain), PlatformFixture.OwnerPassword);
        var token = await browser.FormTokenAsync("/sessions");
        var paris = new Domain.Studio.StudioCalendar("Europe/Paris");
        var placed = await browser.PostFormAsync("/sessions?handler=Book", token, new Dictionary<string, string>
        {
            ["Booking.ClientId"] = studio.Client.Id.ToString(),
            ["Booking.RoomId"] = studio.RoomA.Id.ToString(),
            ["Booking.Date"] = paris.DateOf(At(10)).ToString("yyyy-MM-dd"),
            ["Booking.StartsAt"] = paris.ToLocal(At(10)).ToString("HH:mm"),
            ["Booking.EndsAt"] = paris.ToLocal(At(12)).ToString("HH:mm"),
            ["Booking.Hold"] = "true",
        });
        var notice = await (await browser.GetAsync(placed.Headers.Location!)).Content.ReadAsStringAsync();
        notice.ShouldContain("On 2nd hold:");

        var held = (await (await studio.Http.GetAsync("/api/sessions")).ReadAsync<Application.Common.Models.PagedResult<SessionDto>>()).Items;
        var (first, second) = (held.Single(s => s.HoldRank == 1), held.Single(s => s.HoldRank == 2));
        var page = await browser.GetStringAsync($"/sessions/{second.Id}");
        page.ShouldContain("2nd hold until");
        page.ShouldNotContain("Challenge the 1st hold");
        var confirm = await browser.PostFormAsync($"/sessions/{second.Id}?handler=Confirm", await browser.FormTokenAsync($"/sessions/{second.Id}"), new Dictionary<string, string>());
        var refused = await confirm.Content.ReadAsStringAsync();
        refused.ShouldContain("Studio A is held");
        refused.ShouldContain("for Lena Diaz (1st hold until");
        refused.ShouldNotContain(first.Id.ToString(), Case.Insensitive); // studio time and names, no ids
        refused.ShouldNotMatch(@"\d\d:\d\d:\d\dZ");
    }

    [Fact]
    public async Task The_calendar_hides_cancelled_sessions_unless_asked_and_marks_the_first_hold()
    {
        var studio = await CreateAsync(platform, "calcancel");
        var gone = await (await studio.BookAsync(studio.RoomA.Id, null, At(10), At(12), "Called off")).ReadAsync<SessionDto>();
        (await studio.Http.PostAsync($"/api/sessions/{gone.Id}/cancel", null)).EnsureSuccessStatusCode();
        await studio.Http.PostJsonAsync("/api/sessions", new { clientId = studio.Client.Id, roomId = studio.RoomB.Id, startsAt = At(10), endsAt = At(12), title = "Maybe", hold = true });
        var browser = platform.App.ClientFor(studio.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(studio.Subdomain), PlatformFixture.OwnerPassword);
        var day = new Domain.Studio.StudioCalendar("Europe/Paris").DateOf(At(10)).ToString("yyyy-MM-dd");

        var plain = await browser.GetStringAsync($"/calendar?day={day}");
        plain.ShouldNotContain("Called off");
        plain.ShouldContain("state-hold rank-1");
        plain.ShouldContain("1st hold");
        var all = await browser.GetStringAsync($"/calendar?day={day}&cancelled=true");
        all.ShouldContain("Called off");
        all.ShouldContain("state-cancelled");
        all.ShouldContain($"/calendar?view=week&amp;day={day}&amp;cancelled=true", Case.Sensitive, "the links keep the choice");
    }

    [Fact]
    public async Task A_move_form_without_a_readable_time_or_with_a_bad_room_is_refused_with_a_message()
    {
        var studio = await CreateAsync(platform, "calmoveform");
        var session = await (await studio.BookAsync(studio.RoomA.Id, null, At(10), At(12))).ReadAsync<SessionDto>();
        var browser = platform.App.ClientFor(studio.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(studio.Subdomain), PlatformFixture.OwnerPassword);
        var day = new Domain.Studio.StudioCalendar("Europe/Paris").DateOf(At(10)).ToString("yyyy-MM-dd");
        var token = await browser.FormTokenAsync($"/calendar?day={day}");

        foreach (var startsAt in new[] { "", "25:99" })
        {
            var page = await (await browser.PostFormAsync("/calendar?handler=Move", token,
                new Dictionary<string, string> { ["id"] = session.Id.ToString(), ["date"] = day, ["startsAt"] = startsAt })).Content.ReadAsStringAsync();
            page.ShouldContain("Say the day and the time");
        }
        var badRoom = await (await browser.PostFormAsync("/calendar?handler=Move", token, new Dictionary<string, string>
            { ["id"] = session.Id.ToString(), ["date"] = day, ["startsAt"] = "15:00", ["roomId"] = Guid.Empty.ToString() })).Content.ReadAsStringAsync();
        badRoom.ShouldContain("&#x27;Room&#x27; must not be equal to");
        (await (await studio.Http.GetAsync($"/api/sessions/{session.Id}")).ReadAsync<SessionDto>()).StartsAt.ShouldBe(At(10), "not moved");
    }
}
