using System.Net;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>Holds: ranked, never blocking each other, blocking bookings; promoted when the one ahead leaves.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HoldTests(PlatformFixture platform)
{
    [Fact]
    public async Task Holds_queue_a_second_cannot_be_confirmed_while_the_first_stands_and_releasing_the_first_promotes_it()
    {
        var studio = await CreateAsync(platform, "holds");
        var (mia, noah) = (await ClientAsync(studio, "Mia Stone"), await ClientAsync(studio, "Noah Vale"));

        var first = await HoldAsync(studio, mia.Id, At(10), At(12));
        first.Status.ShouldBe(SessionStatus.Hold);
        first.HoldRank.ShouldBe(1);
        first.HoldExpiresAt.ShouldBe(At(10)); // the studio's 72 hours, cut at the session's start
        var second = await HoldAsync(studio, noah.Id, At(11), At(13));
        second.HoldRank.ShouldBe(2);

        var booked = await studio.Http.PostJsonAsync("/api/sessions",
            new { clientId = studio.Client.Id, roomId = studio.RoomA.Id, startsAt = At(11), endsAt = At(12) });
        var problem = await booked.ProblemAsync(409);
        problem.GetProperty("code").GetString().ShouldBe("session_on_hold");
        problem.GetProperty("heldBy").GetString().ShouldBe("Mia Stone");
        problem.GetProperty("detail").GetString()!.ShouldContain("1st hold for Mia Stone");

        problem = await (await studio.Http.PostAsync($"/api/sessions/{second.Id}/confirm", null)).ProblemAsync(409);
        problem.GetProperty("code").GetString().ShouldBe("session_on_hold");
        problem.GetProperty("conflictingSessionId").GetGuid().ShouldBe(first.Id);

        var released = await (await studio.Http.PostAsync($"/api/sessions/{first.Id}/release", null)).ReadAsync<SessionDto>();
        released.Status.ShouldBe(SessionStatus.Released);
        (await studio.SessionAsync(second.Id)).HoldRank.ShouldBe(1);
        platform.MessagesTo(Email(studio, "Noah Vale")).Select(m => m.Subject!.Split(':')[0]).ShouldBe(["On hold", "1st hold"]);
        platform.MessagesTo(Email(studio, "Mia Stone")).Select(m => m.Subject!.Split(':')[0]).ShouldBe(["On hold", "Hold released"]);
        platform.MessagesTo(PlatformFixture.OwnerEmail(studio.Subdomain)).ShouldContain(m => m.Subject!.StartsWith("Hold promoted: Noah Vale"));

        var confirmed = await (await studio.Http.PostAsync($"/api/sessions/{second.Id}/confirm", null)).ReadAsync<SessionDto>();
        (confirmed.Status, confirmed.HoldRank).ShouldBe((SessionStatus.Confirmed, (int?)null));
        var late = await studio.Http.PostJsonAsync("/api/sessions",
            new { clientId = mia.Id, roomId = studio.RoomA.Id, startsAt = At(12), endsAt = At(14), hold = true });
        (await late.ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("session_overlap");
    }

    [Fact]
    public async Task A_confirmed_first_hold_keeps_the_second_queued_behind_it_and_cancelling_it_promotes_the_second()
    {
        var studio = await CreateAsync(platform, "holdq");
        var first = await HoldAsync(studio, studio.Client.Id, At(10), At(12));
        var second = await HoldAsync(studio, studio.Client.Id, At(10), At(12));
        var third = await HoldAsync(studio, studio.Client.Id, At(11), At(15));
        (second.HoldRank, third.HoldRank).ShouldBe((2, 3));

        (await studio.Http.PostAsync($"/api/sessions/{first.Id}/confirm", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await studio.SessionAsync(second.Id)).HoldRank.ShouldBe(2);
        (await studio.Http.PostAsync($"/api/sessions/{first.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        ((await studio.SessionAsync(second.Id)).HoldRank, (await studio.SessionAsync(third.Id)).HoldRank).ShouldBe((1, 2));

        // Moving the 2nd away lets the 3rd up; the calendar shows the rank.
        (await studio.Http.PostJsonAsync($"/api/sessions/{second.Id}/reschedule", new { startsAt = At(16), endsAt = At(18) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await studio.SessionAsync(third.Id)).HoldRank.ShouldBe(1);
        var calendar = await (await studio.Http.GetAsync($"/api/calendar?from={Uri.EscapeDataString(At(0).ToString("O"))}&to={Uri.EscapeDataString(At(0, 2).ToString("O"))}"))
            .ReadAsync<System.Text.Json.JsonElement>();
        calendar.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == third.Id)
            .GetProperty("holdRank").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_first_hold_can_be_challenged_and_a_challenge_brings_its_expiry_forward()
    {
        var studio = await CreateAsync(platform, "holdch");
        var mia = await ClientAsync(studio, "Mia Stone");
        var first = await HoldAsync(studio, mia.Id, At(10), At(12));
        var second = await HoldAsync(studio, studio.Client.Id, At(10), At(12));

        (await (await studio.Http.PostJsonAsync($"/api/sessions/{second.Id}/challenge", new { hours = 24 })).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("hold_not_first");
        (await (await studio.Http.PostJsonAsync($"/api/sessions/{first.Id}/challenge", new { hours = 0 })).ProblemAsync(400))
            .GetProperty("errors").TryGetProperty("hours", out _).ShouldBeTrue();
        var challenged = await (await studio.Http.PostJsonAsync($"/api/sessions/{first.Id}/challenge", new { hours = 2 })).ReadAsync<SessionDto>();
        challenged.HoldExpiresAt!.Value.ShouldBeInRange(DateTimeOffset.UtcNow.AddHours(1.9), DateTimeOffset.UtcNow.AddHours(2));
        platform.MessagesTo(Email(studio, "Mia Stone")).Last().Subject!.ShouldStartWith("Confirm by");
        (await studio.Http.PostJsonAsync($"/api/sessions/{first.Id}/challenge", new { hours = 100 })).EnsureSuccessStatusCode();
        platform.MessagesTo(Email(studio, "Mia Stone")).Count(m => m.Subject!.StartsWith("Confirm by")).ShouldBe(1, "a challenge that changes nothing tells nobody");

        (await (await studio.Http.PostAsync($"/api/sessions/{challenged.Id}/complete", null)).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBeOneOf("hold_not_confirmed", "session_not_started");
        (await (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = mia.Id, roomId = studio.RoomB.Id, startsAt = At(10), endsAt = At(12),
            hold = true, tentative = true })).ProblemAsync(400)).GetProperty("errors").TryGetProperty("tentative", out _).ShouldBeTrue();
        (await (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = mia.Id, roomId = studio.RoomB.Id, startsAt = At(10), endsAt = At(12),
            holdExpiresAt = At(9) })).ProblemAsync(400)).GetProperty("errors").TryGetProperty("holdExpiresAt", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_hold_past_its_expiry_cannot_be_confirmed_even_before_the_background_work_releases_it()
    {
        var studio = await CreateAsync(platform, "holdlate");
        var hold = await (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id,
            startsAt = At(10), endsAt = At(12), hold = true, holdExpiresAt = DateTimeOffset.UtcNow.AddSeconds(1) })).ReadAsync<SessionDto>();
        await Task.Delay(1500); // no instance of the fixture runs the timed work
        (await (await studio.Http.PostAsync($"/api/sessions/{hold.Id}/confirm", null)).ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("hold_expired");
    }

    [Fact]
    public async Task A_hold_or_a_booking_moved_to_another_time_joins_the_back_of_the_queue_there_and_a_stretched_first_hold_tells_the_one_it_passes()
    {
        var studio = await CreateAsync(platform, "holdmove");
        var (mia, noah) = (await ClientAsync(studio, "Mia Stone"), await ClientAsync(studio, "Noah Vale"));
        var x = await HoldAsync(studio, mia.Id, At(8), At(9));
        var y = await HoldAsync(studio, noah.Id, At(10), At(12));

        // X, placed first, moves onto Y's time: it queues behind Y there.
        var moved = await (await studio.Http.PostJsonAsync($"/api/sessions/{x.Id}/reschedule", new { startsAt = At(10), endsAt = At(12) })).ReadAsync<SessionDto>();
        (moved.HoldRank, (await studio.SessionAsync(y.Id)).HoldRank).ShouldBe((2, 1));
        moved.HoldExpiresAt!.Value.ShouldBeLessThanOrEqualTo(At(10), "never after its start");

        // A booking that was a hold elsewhere cannot be moved over Y's hold.
        var z = await HoldAsync(studio, mia.Id, At(14), At(15));
        (await studio.Http.PostAsync($"/api/sessions/{z.Id}/confirm", null)).EnsureSuccessStatusCode();
        (await (await studio.Http.PostJsonAsync($"/api/sessions/{z.Id}/reschedule", new { startsAt = At(10), endsAt = At(11) })).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("session_on_hold");

        // Stretched over a later hold, the 1st hold keeps its place and the one it now passes is told.
        var w = await HoldAsync(studio, noah.Id, At(16), At(17));
        var v = await HoldAsync(studio, mia.Id, At(17), At(18));
        (await studio.Http.PostJsonAsync($"/api/sessions/{w.Id}/reschedule", new { startsAt = At(16), endsAt = At(18) })).EnsureSuccessStatusCode();
        ((await studio.SessionAsync(w.Id)).HoldRank, (await studio.SessionAsync(v.Id)).HoldRank).ShouldBe((1, 2));
        platform.MessagesTo(Email(studio, "Mia Stone")).Last().Subject!.ShouldStartWith("2nd hold:");
    }

    [Fact]
    public async Task A_burst_of_holds_gets_distinct_ranks_and_a_burst_of_confirmations_confirms_only_the_first()
    {
        var studio = await CreateAsync(platform, "holdburst");
        var holds = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => HoldAsync(studio, studio.Client.Id, At(10), At(12))));
        holds.Select(h => h.HoldRank!.Value).Order().ShouldBe(Enumerable.Range(1, 8));

        var answers = await Task.WhenAll(holds.Select(h => studio.Http.PostAsync($"/api/sessions/{h.Id}/confirm", null)));
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.OK).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Conflict);
        answers[Array.FindIndex(holds, h => h.HoldRank == 1)].StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<SessionDto> HoldAsync(StudioSeed studio, Guid clientId, DateTimeOffset start, DateTimeOffset end)
    {
        var response = await studio.Http.PostJsonAsync("/api/sessions",
            new { clientId, roomId = studio.RoomA.Id, startsAt = start, endsAt = end, title = "Album", hold = true });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<SessionDto>();
    }

    private static string Email(StudioSeed studio, string name) => $"{name.Split(' ')[0].ToLowerInvariant()}@{studio.Subdomain}.test";

    private static async Task<ClientDto> ClientAsync(StudioSeed studio, string name) =>
        await (await studio.Http.PostJsonAsync("/api/clients", new { name, email = Email(studio, name) })).ReadAsync<ClientDto>();
}
