using System.Net;
using Npgsql;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Sessions.CheckAvailability;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>A room's rules — turnover, minimum length, opening hours — hold for every booking, each refusal explained.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RoomRulesTests(PlatformFixture platform)
{
    private static readonly StudioCalendar Paris = new("Europe/Paris"); // the studios' zone in these tests

    private static Task<HttpResponseMessage> SetRulesAsync(StudioSeed studio, object rules) =>
        studio.Http.PutJsonAsync($"/api/rooms/{studio.RoomA.Id}", rules);

    [Fact]
    public async Task A_turnover_keeps_the_room_free_after_each_session_in_the_application_and_in_the_database()
    {
        var studio = await CreateAsync(platform, "turnover");
        var room = await (await SetRulesAsync(studio, new { name = "Studio A", hourlyRate = 80, turnoverMinutes = 30 })).ReadAsync<RoomDto>();
        room.TurnoverMinutes.ShouldBe(30);
        var first = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(12))).ReadAsync<SessionDto>();

        var tooSoon = await (await studio.BookAsync(studio.RoomA.Id, null, At(12), At(13))).ProblemAsync(409);
        tooSoon.GetProperty("code").GetString().ShouldBe("session_overlap");
        tooSoon.GetProperty("detail").GetString()!.ShouldContain("30 minutes free between sessions");
        tooSoon.GetProperty("conflictingSessionId").GetGuid().ShouldBe(first.Id);
        // Before it too: a session's own turnover may not run into the next one.
        await (await studio.BookAsync(studio.RoomA.Id, null, At(9), At(9).AddMinutes(45))).ProblemAsync(409);
        var availability = await (await studio.Http.GetAsync($"/api/sessions/availability?roomId={studio.RoomA.Id}" +
            $"&startsAt={Uri.EscapeDataString(At(12).ToString("O"))}&endsAt={Uri.EscapeDataString(At(13).ToString("O"))}")).ReadAsync<AvailabilityDto>();
        availability.IsAvailable.ShouldBeFalse();
        // The engineer needs no turnover, and another room none either.
        (await studio.BookAsync(studio.RoomB.Id, studio.Sam.Id, At(12), At(13))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await studio.BookAsync(studio.RoomA.Id, null, At(12).AddMinutes(30), At(13).AddMinutes(30))).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The database holds the same line for a writer that skips the application.
        var tenant = await platform.SendAsync(new Application.Platform.Tenants.GetTenant.GetTenantQuery(studio.Subdomain));
        await using var db = await platform.OpenAsync(tenant.ServerKey!, tenant.DatabaseName!);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO sessions (id, client_id, room_id, starts_at, ends_at, room_held_until, status)
            VALUES (gen_random_uuid(), @client, @room, @start, @end, @end, 'Confirmed')
            """, db);
        insert.Parameters.AddWithValue("client", studio.Client.Id);
        insert.Parameters.AddWithValue("room", studio.RoomA.Id);
        insert.Parameters.AddWithValue("start", At(12).AddMinutes(10));
        insert.Parameters.AddWithValue("end", At(12).AddMinutes(20));
        (await Should.ThrowAsync<PostgresException>(() => insert.ExecuteNonQueryAsync())).SqlState.ShouldBe(PostgresErrorCodes.ExclusionViolation);
    }

    [Fact]
    public async Task A_minimum_length_and_opening_hours_past_midnight_are_enforced_and_explained()
    {
        var studio = await CreateAsync(platform, "roomhours");
        await SetRulesAsync(studio, new { name = "Studio A", hourlyRate = 80, minimumMinutes = 120, opensAt = "10:00", closesAt = "02:00" });
        var day = Paris.DateOf(At(12));
        DateTimeOffset Local(int hour, int dayOffset = 0) => Paris.ToUtc(day.AddDays(dayOffset).ToDateTime(new TimeOnly(hour, 0)));

        var short1 = await (await studio.BookAsync(studio.RoomA.Id, null, Local(14), Local(15))).ProblemAsync(409);
        (short1.GetProperty("code").GetString(), short1.GetProperty("detail").GetString()).ShouldBe(("room_minimum_length", "Room 'Studio A' takes sessions of 120 minutes or more."));
        var early = await (await studio.BookAsync(studio.RoomA.Id, null, Local(8), Local(11))).ProblemAsync(409);
        (early.GetProperty("code").GetString(), early.GetProperty("detail").GetString()).ShouldBe(("room_closed", "Room 'Studio A' can be booked from 10:00 to 02:00 (studio time) only."));
        await (await studio.BookAsync(studio.RoomA.Id, null, Local(1, 1), Local(3, 1))).ProblemAsync(409);
        // Inside the opening that runs past midnight: fine.
        (await studio.BookAsync(studio.RoomA.Id, null, Local(22), Local(1, 1))).StatusCode.ShouldBe(HttpStatusCode.Created);
        // The rules travel with the room and can be lifted.
        var room = await (await studio.Http.GetAsync($"/api/rooms/{studio.RoomA.Id}")).ReadAsync<RoomDto>();
        (room.MinimumMinutes, room.OpensAt, room.ClosesAt).ShouldBe((120, new TimeOnly(10, 0), new TimeOnly(2, 0)));
        await SetRulesAsync(studio, new { name = "Studio A", hourlyRate = 80 });
        (await studio.BookAsync(studio.RoomA.Id, null, Local(8), Local(9))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_turnover_changed_later_holds_for_every_booking_after_the_change_and_a_shorter_one_frees_time_at_once()
    {
        var studio = await CreateAsync(platform, "turnchange");
        (await studio.BookAsync(studio.RoomA.Id, null, At(10), At(12))).EnsureSuccessStatusCode(); // booked with no turnover
        await SetRulesAsync(studio, new { name = "Studio A", hourlyRate = 80, turnoverMinutes = 30 });
        var refused = await (await studio.BookAsync(studio.RoomA.Id, null, At(12), At(13))).ProblemAsync(409);
        refused.GetProperty("detail").GetString()!.ShouldContain("30 minutes free between sessions");
        (await studio.BookAsync(studio.RoomA.Id, null, At(12).AddMinutes(30), At(13).AddMinutes(30))).StatusCode.ShouldBe(HttpStatusCode.Created);

        await SetRulesAsync(studio, new { name = "Studio A", hourlyRate = 80, turnoverMinutes = 0 });
        // The session booked under 30 minutes no longer holds the room after it ends.
        (await studio.BookAsync(studio.RoomA.Id, null, At(13).AddMinutes(30), At(14))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Availability_answers_as_a_booking_would_in_any_offset()
    {
        var studio = await CreateAsync(platform, "availrules");
        await SetRulesAsync(studio, new { name = "Studio A", hourlyRate = 80, minimumMinutes = 120 });
        string Query(DateTimeOffset start, DateTimeOffset end) =>
            $"/api/sessions/availability?roomId={studio.RoomA.Id}&startsAt={Uri.EscapeDataString(start.ToString("O"))}&endsAt={Uri.EscapeDataString(end.ToString("O"))}";
        var paris = TimeSpan.FromHours(1);
        var shortOne = await (await studio.Http.GetAsync(Query(At(10).ToOffset(paris), At(11).ToOffset(paris)))).ReadAsync<AvailabilityDto>();
        (shortOne.IsAvailable, shortOne.ReasonCode).ShouldBe((false, "room_minimum_length"));
        var fine = await (await studio.Http.GetAsync(Query(At(10).ToOffset(paris), At(12).ToOffset(paris)))).ReadAsync<AvailabilityDto>();
        (fine.IsAvailable, fine.ReasonCode).ShouldBe((true, null));
    }

    [Theory]
    [InlineData("""{"name":"A","hourlyRate":1,"turnoverMinutes":-5}""", "turnoverMinutes")]
    [InlineData("""{"name":"A","hourlyRate":1,"turnoverMinutes":241}""", "turnoverMinutes")]
    [InlineData("""{"name":"A","hourlyRate":1,"minimumMinutes":1441}""", "minimumMinutes")]
    [InlineData("""{"name":"A","hourlyRate":1,"opensAt":"10:00"}""", "closesAt")]
    [InlineData("""{"name":"A","hourlyRate":1,"closesAt":"10:00"}""", "opensAt")]
    [InlineData("""{"name":"A","hourlyRate":1,"opensAt":"25:00","closesAt":"10:00"}""", "opensAt")]
    public async Task Rules_out_of_range_are_refused_naming_the_field(string body, string field)
    {
        var studio = await CreateAsync(platform, "rulesbad");
        var response = await studio.Http.PutAsync($"/api/rooms/{studio.RoomA.Id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(400);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }
}
