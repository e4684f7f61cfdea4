using System.Net;
using Ical.Net;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.CalendarFeeds;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>Subscribable calendars: read without an account at an unguessable address, revocable, on their studio only.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CalendarFeedTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_rooms_feed_lists_its_sessions_for_a_calendar_app_until_it_is_revoked()
    {
        var studio = await CreateAsync(platform, "icalroom");
        var tracking = await (await studio.Http.PostJsonAsync("/api/sessions", new
        {
            clientId = studio.Client.Id, roomId = studio.RoomA.Id, engineerId = studio.Sam.Id, startsAt = At(10), endsAt = At(12),
            title = "Tracking", notes = "private: owes the last invoice",
        })).ReadAsync<SessionDto>();
        var elsewhere = await (await studio.BookAsync(studio.RoomB.Id, null, At(10), At(12), "Mixing")).ReadAsync<SessionDto>();
        var dropped = await (await studio.BookAsync(studio.RoomA.Id, null, At(14), At(15), "Dropped")).ReadAsync<SessionDto>();
        (await studio.Http.PostAsync($"/api/sessions/{dropped.Id}/cancel", null)).EnsureSuccessStatusCode();
        var released = await (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id,
            startsAt = At(16), endsAt = At(17), title = "Let go", hold = true })).ReadAsync<SessionDto>();
        (await studio.Http.PostAsync($"/api/sessions/{released.Id}/release", null)).EnsureSuccessStatusCode();
        var held = await (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id,
            startsAt = At(18), endsAt = At(19), title = "Maybe", hold = true })).ReadAsync<SessionDto>();

        var created = await studio.Http.PostJsonAsync("/api/ical-feeds", new { kind = "room", id = studio.RoomA.Id });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var feed = await created.ReadAsync<CreatedCalendarFeedDto>();
        feed.Url.ShouldStartWith($"http://{studio.Subdomain}.localhost");
        var path = new Uri(feed.Url).AbsolutePath;
        path.ShouldMatch("^/ical/[A-Za-z0-9_-]{43}\\.ics$");

        created.Headers.Location.ShouldBeNull();
        var anonymous = platform.App.ClientFor(studio.Subdomain); // a calendar app: no credential at all
        (await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, path))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var response = await anonymous.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;
        calendar.Events.Select(e => e.Uid).ShouldBe([$"{tracking.Id}@{studio.Subdomain}", $"{held.Id}@{studio.Subdomain}"], "no cancelled session, no released hold");
        calendar.Events.Select(e => e.Status).ShouldBe(["CONFIRMED", "TENTATIVE"], "a hold is not confirmed");
        var only = calendar.Events[0]!;
        (only.DtStart!.AsUtc, only.DtEnd!.AsUtc).ShouldBe((At(10).UtcDateTime, At(12).UtcDateTime));
        only.Summary.ShouldBe("Tracking · Lena Diaz");
        only.Location.ShouldBe("Studio A");
        only.Description.ShouldBe("Engineer: Sam Keller");
        text.ShouldNotContain("owes the last invoice");
        text.ShouldNotContain(elsewhere.Id.ToString());

        var listed = await (await studio.Http.GetAsync("/api/ical-feeds")).ReadAsync<PagedResult<CalendarFeedDto>>();
        listed.Items.ShouldHaveSingleItem().Id.ShouldBe(feed.Id);
        (await studio.Http.GetStringAsync("/api/ical-feeds")).ShouldNotContain(path);

        // Another studio's host does not know the address; a revoked feed is gone.
        var other = await CreateAsync(platform, "icalother");
        (await platform.App.ClientFor(other.Subdomain).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await studio.Http.DeleteAsync($"/api/ical-feeds/{feed.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_clients_feed_shows_only_that_clients_sessions_and_feeds_are_made_by_managers_for_things_that_exist()
    {
        var studio = await CreateAsync(platform, "icalclient");
        var mine = await (await studio.BookAsync(studio.RoomA.Id, null, At(10), At(12), "Vocals")).ReadAsync<SessionDto>();
        var someoneElse = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Marc Dubois" })).ReadAsync<Application.Studio.Clients.ClientDto>();
        await studio.Http.PostJsonAsync("/api/sessions", new { clientId = someoneElse.Id, roomId = studio.RoomB.Id, startsAt = At(10), endsAt = At(12) });

        var feed = await (await studio.Http.PostJsonAsync("/api/ical-feeds", new { kind = "client", id = studio.Client.Id })).ReadAsync<CreatedCalendarFeedDto>();
        var calendar = Calendar.Load(await platform.App.ClientFor(studio.Subdomain).GetStringAsync(new Uri(feed.Url).AbsolutePath))!;
        var only = calendar.Events.ShouldHaveSingleItem();
        only.Uid.ShouldBe($"{mine.Id}@{studio.Subdomain}");
        only.Summary.ShouldBe("Vocals at Studio icalclient");

        (await (await studio.Http.PostJsonAsync("/api/ical-feeds", new { kind = "engineer", id = Guid.NewGuid() })).ProblemAsync(404)).GetProperty("code").GetString().ShouldBe("not_found");
        (await (await studio.Http.PostJsonAsync("/api/ical-feeds", new { kind = "planet", id = studio.RoomA.Id })).ProblemAsync(400)).GetProperty("errors").TryGetProperty("kind", out _).ShouldBeTrue();
        var anonymous = platform.App.ClientFor(studio.Subdomain);
        (await anonymous.GetAsync("/ical/not-a-feed.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/ical/..%2F..%2Fetc.ics")).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        (await anonymous.GetAsync("/api/ical-feeds")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
