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
}
