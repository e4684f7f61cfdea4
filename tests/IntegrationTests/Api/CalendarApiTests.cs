using System.Net;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Calendar.GetCalendar;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

[Collection(PlatformCollection.Name)]
public sealed class CalendarApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_calendar_lists_a_windows_sessions_with_names_overnight_ones_included_cancelled_ones_on_request()
    {
        var studio = await CreateAsync(platform, "calendar");
        var day = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(14), "Tracking")).ReadAsync<SessionDto>();
        var night = await (await studio.BookAsync(studio.RoomB.Id, null, At(22), At(26), "Night mix")).ReadAsync<SessionDto>();
        var cancelled = await (await studio.BookAsync(studio.RoomA.Id, null, At(15), At(16), "Dropped")).ReadAsync<SessionDto>();
        (await studio.Http.PostAsync($"/api/sessions/{cancelled.Id}/cancel", null)).EnsureSuccessStatusCode();
        string Window(DateTimeOffset from, DateTimeOffset to) => $"from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}";

        var tomorrow = await (await studio.Http.GetAsync($"/api/calendar?{Window(At(0), At(24))}")).ReadAsync<PagedResult<CalendarEntryDto>>();
        tomorrow.Items.Select(e => e.Id).ShouldBe([day.Id, night.Id]);
        var first = tomorrow.Items[0];
        (first.Room, first.Engineer, first.Client, first.Status, first.Title).ShouldBe(("Studio A", "Sam Keller", "Lena Diaz", SessionStatus.Confirmed, "Tracking"));
        tomorrow.Items[1].Engineer.ShouldBeNull();

        // The night session also shows on the morning after, where it ends.
        var morningAfter = await (await studio.Http.GetAsync($"/api/calendar?{Window(At(24), At(30))}")).ReadAsync<PagedResult<CalendarEntryDto>>();
        morningAfter.Items.Single().Id.ShouldBe(night.Id);

        var roomA = await (await studio.Http.GetAsync($"/api/calendar?{Window(At(0), At(24))}&roomId={studio.RoomA.Id}&includeCancelled=true"))
            .ReadAsync<PagedResult<CalendarEntryDto>>();
        roomA.Items.Select(e => (e.Id, e.Status)).ShouldBe([(day.Id, SessionStatus.Confirmed), (cancelled.Id, SessionStatus.Cancelled)]);

        // Without a window: the week from now. At the end of time: nothing, and no error.
        (await (await studio.Http.GetAsync("/api/calendar")).ReadAsync<PagedResult<CalendarEntryDto>>()).TotalCount.ShouldBe(2);
        (await (await studio.Http.GetAsync("/api/calendar?from=9999-12-31T00:00:00Z")).ReadAsync<PagedResult<CalendarEntryDto>>()).Items.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("from=2027-01-10T00:00:00Z&to=2027-01-01T00:00:00Z")]
    [InlineData("from=2027-01-01T00:00:00Z&to=2027-06-01T00:00:00Z")]
    [InlineData("to=0001-01-01T00:00:00Z")]
    public async Task A_window_backwards_or_too_long_is_refused_naming_to(string query)
    {
        var studio = await CreateAsync(platform, "calwin");
        var response = await studio.Http.GetAsync($"/api/calendar?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.ProblemAsync(400)).GetProperty("errors").TryGetProperty("to", out _).ShouldBeTrue();
    }
}
