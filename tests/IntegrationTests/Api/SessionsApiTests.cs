using System.Net;
using System.Text.Json;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Sessions.CheckAvailability;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

[Collection(PlatformCollection.Name)]
public sealed class SessionsApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task Book_get_reschedule_and_cancel_a_session()
    {
        var studio = await CreateAsync(platform, "sessions");
        var created = await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(14), At(18), "Album tracking");
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var session = await created.ReadAsync<SessionDto>();
        (session.ClientId, session.RoomId, session.EngineerId, session.StartsAt, session.EndsAt, session.Status, session.Title)
            .ShouldBe((studio.Client.Id, studio.RoomA.Id, (Guid?)studio.Sam.Id, At(14), At(18), SessionStatus.Confirmed, "Album tracking"));

        var json = JsonDocument.Parse(await (await studio.Http.GetAsync($"/api/sessions/{session.Id}")).Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("startsAt").GetString().ShouldBe(At(14).ToString("yyyy-MM-ddTHH:mm:sszzz"));
        json.GetProperty("status").GetString().ShouldBe("confirmed");

        var moved = await (await studio.Http.PostJsonAsync($"/api/sessions/{session.Id}/reschedule",
            new { startsAt = At(15), endsAt = At(19), roomId = studio.RoomB.Id })).ReadAsync<SessionDto>();
        (moved.StartsAt, moved.EndsAt, moved.RoomId).ShouldBe((At(15), At(19), studio.RoomB.Id));

        var cancelled = await (await studio.Http.PostAsync($"/api/sessions/{session.Id}/cancel", null)).ReadAsync<SessionDto>();
        cancelled.Status.ShouldBe(SessionStatus.Cancelled);
        var again = await (await studio.Http.PostAsync($"/api/sessions/{session.Id}/cancel", null)).ProblemAsync(409);
        again.GetProperty("code").GetString().ShouldBe("invalid_status_transition");
    }

    [Fact]
    public async Task Overlapping_booking_of_the_room_is_409_naming_the_session_in_the_way()
    {
        var studio = await CreateAsync(platform, "overlap");
        var first = await (await studio.BookAsync(studio.RoomA.Id, null, At(14), At(18), "First")).ReadAsync<SessionDto>();

        var problem = await (await studio.BookAsync(studio.RoomA.Id, null, At(16), At(20))).ProblemAsync(409);
        problem.GetProperty("code").GetString().ShouldBe("session_overlap");
        problem.GetProperty("conflictingSessionId").GetGuid().ShouldBe(first.Id);
        problem.GetProperty("conflictingResource").GetString().ShouldBe("room");
        problem.GetProperty("detail").GetString()!.ShouldContain(first.Id.ToString());
    }

    [Fact]
    public async Task Engineer_cannot_be_in_two_rooms_at_once()
    {
        var studio = await CreateAsync(platform, "engineer");
        var first = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(12))).ReadAsync<SessionDto>();
        var problem = await (await studio.BookAsync(studio.RoomB.Id, studio.Sam.Id, At(11), At(13))).ProblemAsync(409);
        problem.GetProperty("conflictingResource").GetString().ShouldBe("engineer");
        problem.GetProperty("conflictingSessionId").GetGuid().ShouldBe(first.Id);
        (await studio.BookAsync(studio.RoomB.Id, studio.Ana.Id, At(11), At(13))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Back_to_back_is_allowed_and_cancelled_sessions_do_not_block()
    {
        var studio = await CreateAsync(platform, "b2b");
        (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(14))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var second = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(14), At(18))).ReadAsync<SessionDto>();

        await studio.BookAsync(studio.RoomA.Id, null, At(15), At(16)).ContinueWith(t => t.Result.ProblemAsync(409)).Unwrap();
        (await studio.Http.PostAsync($"/api/sessions/{second.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await studio.BookAsync(studio.RoomA.Id, null, At(15), At(16))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Reschedule_into_a_taken_slot_is_refused_and_changes_nothing()
    {
        var studio = await CreateAsync(platform, "resched");
        await (await studio.BookAsync(studio.RoomA.Id, null, At(10), At(12))).ReadAsync<SessionDto>();
        var later = await (await studio.BookAsync(studio.RoomA.Id, null, At(14), At(16))).ReadAsync<SessionDto>();

        await (await studio.Http.PostJsonAsync($"/api/sessions/{later.Id}/reschedule", new { startsAt = At(11), endsAt = At(13) })).ProblemAsync(409);
        (await (await studio.Http.GetAsync($"/api/sessions/{later.Id}")).ReadAsync<SessionDto>()).StartsAt.ShouldBe(At(14));

        // Moving within its own slot is not a conflict with itself.
        (await studio.Http.PostJsonAsync($"/api/sessions/{later.Id}/reschedule", new { startsAt = At(15), endsAt = At(17) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Complete_only_once_the_session_has_started()
    {
        var studio = await CreateAsync(platform, "complete");
        var past = await (await studio.BookAsync(studio.RoomA.Id, null, At(8, -1), At(10, -1))).ReadAsync<SessionDto>();
        var future = await (await studio.BookAsync(studio.RoomA.Id, null, At(8), At(10))).ReadAsync<SessionDto>();

        (await (await studio.Http.PostAsync($"/api/sessions/{past.Id}/complete", null)).ReadAsync<SessionDto>()).Status.ShouldBe(SessionStatus.Completed);
        var problem = await (await studio.Http.PostAsync($"/api/sessions/{future.Id}/complete", null)).ProblemAsync(409);
        problem.GetProperty("code").GetString().ShouldBe("session_not_started");
    }

    [Fact]
    public async Task List_filters_by_time_room_engineer_client_and_status_and_pages()
    {
        var studio = await CreateAsync(platform, "filters");
        var a1 = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(8), At(9))).ReadAsync<SessionDto>();
        var a2 = await (await studio.BookAsync(studio.RoomA.Id, studio.Ana.Id, At(10), At(11))).ReadAsync<SessionDto>();
        var b1 = await (await studio.BookAsync(studio.RoomB.Id, studio.Sam.Id, At(12), At(13))).ReadAsync<SessionDto>();
        var nextWeek = await (await studio.BookAsync(studio.RoomB.Id, null, At(12, 8), At(13, 8))).ReadAsync<SessionDto>();
        await studio.Http.PostAsync($"/api/sessions/{a2.Id}/cancel", null);

        async Task<PagedResult<SessionDto>> Query(string query) =>
            await (await studio.Http.GetAsync("/api/sessions?" + query)).ReadAsync<PagedResult<SessionDto>>();

        (await Query($"roomId={studio.RoomA.Id}")).Items.Select(s => s.Id).ShouldBe([a1.Id, a2.Id]);
        (await Query($"engineerId={studio.Sam.Id}")).Items.Select(s => s.Id).ShouldBe([a1.Id, b1.Id]);
        (await Query("status=cancelled")).Items.Select(s => s.Id).ShouldBe([a2.Id]);
        (await Query($"clientId={studio.Client.Id}")).TotalCount.ShouldBe(4);
        var from = Uri.EscapeDataString(At(0).ToString("O"));
        var to = Uri.EscapeDataString(At(0, 2).ToString("O"));
        (await Query($"from={from}&to={to}")).Items.Select(s => s.Id).ShouldBe([a1.Id, a2.Id, b1.Id]);
        var page = await Query("page=2&pageSize=3");
        (page.Items.Single().Id, page.TotalCount).ShouldBe((nextWeek.Id, 4));
    }

    [Fact]
    public async Task Availability_says_whether_room_or_engineer_is_free_and_what_is_in_the_way()
    {
        var studio = await CreateAsync(platform, "avail");
        var booked = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(14), At(18))).ReadAsync<SessionDto>();

        async Task<AvailabilityDto> Check(string who, int from, int to) => await (await studio.Http.GetAsync(
            $"/api/sessions/availability?{who}&startsAt={Uri.EscapeDataString(At(from).ToString("O"))}&endsAt={Uri.EscapeDataString(At(to).ToString("O"))}"))
            .ReadAsync<AvailabilityDto>();

        var busy = await Check($"roomId={studio.RoomA.Id}", 16, 20);
        busy.IsAvailable.ShouldBeFalse();
        busy.Conflicts.Single().Id.ShouldBe(booked.Id);
        (await Check($"engineerId={studio.Sam.Id}", 17, 19)).IsAvailable.ShouldBeFalse();
        (await Check($"roomId={studio.RoomA.Id}", 18, 20)).IsAvailable.ShouldBeTrue();
        (await Check($"roomId={studio.RoomB.Id}&engineerId={studio.Ana.Id}", 14, 18)).IsAvailable.ShouldBeTrue();
    }

    [Fact]
    public async Task Upcoming_lists_open_sessions_soonest_first()
    {
        var studio = await CreateAsync(platform, "upcoming");
        await studio.BookAsync(studio.RoomA.Id, null, At(8, -1), At(9, -1));
        var later = await (await studio.BookAsync(studio.RoomA.Id, null, At(15), At(16))).ReadAsync<SessionDto>();
        var sooner = await (await studio.BookAsync(studio.RoomB.Id, null, At(9), At(10))).ReadAsync<SessionDto>();
        var cancelled = await (await studio.BookAsync(studio.RoomB.Id, null, At(11), At(12))).ReadAsync<SessionDto>();
        await studio.Http.PostAsync($"/api/sessions/{cancelled.Id}/cancel", null);

        var upcoming = (await (await studio.Http.GetAsync("/api/sessions/upcoming?pageSize=5")).ReadAsync<PagedResult<SessionDto>>()).Items;
        upcoming.Select(s => s.Id).ShouldBe([sooner.Id, later.Id]);
    }
}
