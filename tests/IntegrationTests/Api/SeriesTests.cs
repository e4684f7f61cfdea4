using System.Net;
using System.Text.Json;
using Ical.Net;
using MimeKit;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Series;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>Recurring bookings: every occurrence checked, all or nothing unless asked, on the studio's clock across DST.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SeriesTests(PlatformFixture platform)
{
    private static readonly StudioCalendar Paris = new("Europe/Paris");

    /// <summary>Tuesday 2 March 2027, 18:00 in Paris; the clocks go forward on Sunday 28 March.</summary>
    private static readonly DateTimeOffset FirstTuesday = Paris.ToUtc(new DateTime(2027, 3, 2, 18, 0, 0));

    [Fact]
    public async Task Every_tuesday_for_twelve_weeks_keeps_its_hours_across_the_clock_change_and_the_client_gets_one_invitation_for_all()
    {
        var studio = await CreateAsync(platform, "series");
        var mia = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Mia Stone", email = $"mia@{studio.Subdomain}.test" })).ReadAsync<ClientDto>();

        var response = await studio.Http.PostJsonAsync("/api/series", new { clientId = mia.Id, roomId = studio.RoomA.Id, engineerId = studio.Sam.Id,
            startsAt = FirstTuesday, endsAt = FirstTuesday.AddHours(4), rule = "FREQ=WEEKLY;COUNT=12", title = "Album" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var series = await response.ReadAsync<SeriesDto>();
        series.Sessions.Count.ShouldBe(12);
        series.Sessions.ShouldAllBe(s => s.SeriesId == series.Id && s.Status == SessionStatus.Confirmed);
        series.Sessions.Select(s => Paris.ToLocal(s.StartsAt).TimeOfDay).Distinct().ShouldHaveSingleItem().ShouldBe(TimeSpan.FromHours(18));
        series.Sessions.Select(s => Paris.ToLocal(s.EndsAt).TimeOfDay).Distinct().ShouldHaveSingleItem().ShouldBe(TimeSpan.FromHours(22));
        (series.Sessions[3].StartsAt.UtcDateTime.Hour, series.Sessions[4].StartsAt.UtcDateTime.Hour).ShouldBe((17, 16), "winter, then summer time");
        series.Sessions.Select(s => Paris.DateOf(s.StartsAt).DayOfWeek).Distinct().ShouldHaveSingleItem().ShouldBe(DayOfWeek.Tuesday);

        var read = await (await studio.Http.GetAsync($"/api/series/{series.Id}")).ReadAsync<SeriesDto>();
        (read.Rule, read.Sessions.Count).ShouldBe(("FREQ=WEEKLY;COUNT=12", 12));
        var notice = platform.MessagesTo(mia.Email!).ShouldHaveSingleItem();
        notice.Subject!.ShouldStartWith("Booked: 12 sessions, Album");
        var invitation = Calendar.Load(((TextPart)notice.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar")).Text)!;
        invitation.Events.Select(e => e.Uid).ShouldBe(series.Sessions.Select(s => $"{s.Id}@{studio.Subdomain}"));
    }

    [Fact]
    public async Task A_series_with_taken_occurrences_books_nothing_and_names_each_one_unless_only_the_free_ones_are_asked_for()
    {
        var studio = await CreateAsync(platform, "seriesclash");
        var third = await (await studio.BookAsync(studio.RoomA.Id, null, FirstTuesday.AddDays(14).AddHours(1), FirstTuesday.AddDays(14).AddHours(3), "Mixing")).ReadAsync<SessionDto>();
        var seventh = await (await studio.BookAsync(studio.RoomB.Id, studio.Sam.Id, FirstTuesday.AddDays(42).AddHours(-1), FirstTuesday.AddDays(42).AddHours(1))).ReadAsync<SessionDto>();
        var request = new { clientId = studio.Client.Id, roomId = studio.RoomA.Id, engineerId = studio.Sam.Id,
            startsAt = FirstTuesday, endsAt = FirstTuesday.AddHours(4), rule = "FREQ=WEEKLY;COUNT=10" };

        var problem = await (await studio.Http.PostJsonAsync("/api/series", request)).ProblemAsync(409);
        problem.GetProperty("code").GetString().ShouldBe("series_conflict");
        var conflicts = problem.GetProperty("conflicts").EnumerateArray().ToList();
        conflicts.Select(c => c.GetProperty("conflictingSessionId").GetGuid()).ShouldBe([third.Id, seventh.Id]);
        conflicts[1].GetProperty("blockedBy").GetString()!.ShouldContain("engineer");
        conflicts[0].GetProperty("startsAt").GetDateTimeOffset().ShouldBe(FirstTuesday.AddDays(14));
        (await SessionCountAsync(studio)).ShouldBe(2, "all or nothing");

        var freeOnly = await (await studio.Http.PostJsonAsync("/api/series", new { request.clientId, request.roomId, request.engineerId,
            request.startsAt, request.endsAt, request.rule, bookFreeOnly = true })).ReadAsync<SeriesDto>();
        (freeOnly.Sessions.Count, freeOnly.Skipped.Count).ShouldBe((8, 2));
        freeOnly.Skipped.Select(s => s.ConflictingSessionId).ShouldBe([third.Id, seventh.Id]);
        (await SessionCountAsync(studio)).ShouldBe(10);
    }

    [Fact]
    public async Task Cancelling_this_and_following_leaves_the_earlier_sessions_and_one_occurrence_moves_alone()
    {
        var studio = await CreateAsync(platform, "seriescancel");
        var series = await (await studio.Http.PostJsonAsync("/api/series", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id,
            startsAt = FirstTuesday, endsAt = FirstTuesday.AddHours(4), rule = "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8" })).ReadAsync<SeriesDto>();
        series.Sessions.Select(s => Paris.DateOf(s.StartsAt).DayOfWeek).Distinct().Order().ShouldBe([DayOfWeek.Tuesday, DayOfWeek.Thursday]);
        (await studio.Http.PostJsonAsync($"/api/sessions/{series.Sessions[1].Id}/reschedule",
            new { startsAt = series.Sessions[1].StartsAt.AddHours(-2), endsAt = series.Sessions[1].EndsAt.AddHours(-2) })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var from = Uri.EscapeDataString(series.Sessions[5].StartsAt.ToString("O"));
        var after = await (await studio.Http.DeleteAsync($"/api/series/{series.Id}?from={from}")).ReadAsync<SeriesDto>();
        after.Sessions.Select(s => s.Status).ShouldBe([.. Enumerable.Repeat(SessionStatus.Confirmed, 5), .. Enumerable.Repeat(SessionStatus.Cancelled, 3)]);
        after.Sessions[1].StartsAt.ShouldBe(series.Sessions[1].StartsAt.AddHours(-2));

        var rest = await (await studio.Http.DeleteAsync($"/api/series/{series.Id}")).ReadAsync<SeriesDto>();
        rest.Sessions.ShouldAllBe(s => s.Status == SessionStatus.Cancelled);
        (await studio.Http.DeleteAsync($"/api/series/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Moving_this_and_following_shifts_each_on_the_studios_clock_all_or_none()
    {
        var studio = await CreateAsync(platform, "seriesmove");
        var mia = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Mia Stone", email = $"mia@{studio.Subdomain}.test" })).ReadAsync<ClientDto>();
        var series = await (await studio.Http.PostJsonAsync("/api/series", new { clientId = mia.Id, roomId = studio.RoomA.Id,
            startsAt = FirstTuesday, endsAt = FirstTuesday.AddHours(4), rule = "FREQ=WEEKLY;COUNT=8", title = "Rehearsal" })).ReadAsync<SeriesDto>();
        var third = series.Sessions[2];
        // Wednesdays 19:00–22:00 from the third on; the sixth Wednesday has a session at 20:00 in the way.
        var blocker = Paris.ToUtc(Paris.ToLocal(series.Sessions[5].StartsAt).DateTime.AddDays(1).AddHours(2));
        var taken = await (await studio.BookAsync(studio.RoomA.Id, null, blocker, blocker.AddHours(1), "Night")).ReadAsync<SessionDto>();
        var newStart = Paris.ToUtc(Paris.ToLocal(third.StartsAt).DateTime.AddDays(1).AddHours(1));
        var move = new { from = third.StartsAt, startsAt = newStart, endsAt = newStart.AddHours(3) };

        var problem = await (await studio.Http.PostJsonAsync($"/api/series/{series.Id}/reschedule", move)).ProblemAsync(409);
        problem.GetProperty("code").GetString().ShouldBe("series_conflict");
        problem.GetProperty("conflicts").EnumerateArray().Single().GetProperty("conflictingSessionId").GetGuid().ShouldBe(taken.Id);
        (await (await studio.Http.GetAsync($"/api/series/{series.Id}")).ReadAsync<SeriesDto>()).Sessions.Select(s => s.StartsAt)
            .ShouldBe(series.Sessions.Select(s => s.StartsAt), "none moved");

        (await studio.Http.PostAsync($"/api/sessions/{taken.Id}/cancel", null)).EnsureSuccessStatusCode();
        var moved = await (await studio.Http.PostJsonAsync($"/api/series/{series.Id}/reschedule", move)).ReadAsync<SeriesDto>();
        moved.Sessions.Take(2).Select(s => s.StartsAt).ShouldBe(series.Sessions.Take(2).Select(s => s.StartsAt));
        moved.Sessions.Skip(2).ShouldAllBe(s => Paris.DateOf(s.StartsAt).DayOfWeek == DayOfWeek.Wednesday);
        moved.Sessions.Skip(2).Select(s => (Paris.ToLocal(s.StartsAt).TimeOfDay, Paris.ToLocal(s.EndsAt).TimeOfDay)).Distinct()
            .ShouldHaveSingleItem().ShouldBe((TimeSpan.FromHours(19), TimeSpan.FromHours(22)), "the same hours on both sides of the clock change");
        platform.MessagesTo(mia.Email!).Last().Subject!.ShouldStartWith("Moved: 6 sessions, Rehearsal");

        // A week later: each takes the slot the next one leaves (the constraints are checked at commit for this).
        var weekLater = moved.Sessions[2].StartsAt.AddDays(7);
        var again = await studio.Http.PostJsonAsync($"/api/series/{series.Id}/reschedule", new { from = moved.Sessions[2].StartsAt, startsAt = weekLater, endsAt = weekLater.AddHours(3) });
        again.StatusCode.ShouldBe(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        (await again.ReadAsync<SeriesDto>()).Sessions.Skip(2).Select(s => Paris.ToLocal(s.StartsAt).DateTime)
            .ShouldBe(moved.Sessions.Skip(2).Select(s => Paris.ToLocal(s.StartsAt).DateTime.AddDays(7)), "a week later on the studio's clock");
        var mails = platform.MessagesTo(mia.Email!).Count;
        (await studio.Http.PostJsonAsync($"/api/series/{series.Id}/reschedule", new { from = weekLater, startsAt = weekLater, endsAt = weekLater.AddHours(3) })).EnsureSuccessStatusCode();
        platform.MessagesTo(mia.Email!).Count.ShouldBe(mails, "a move that moves nothing tells nobody");
        var tooFar = weekLater.AddYears(10);
        (await (await studio.Http.PostJsonAsync($"/api/series/{series.Id}/reschedule", new { from = weekLater, startsAt = tooFar, endsAt = tooFar.AddHours(3) }))
            .ProblemAsync(400)).GetProperty("errors").TryGetProperty("startsAt", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_daily_rule_whose_days_come_rarely_still_finds_them()
    {
        var studio = await CreateAsync(platform, "seriesleap");
        var leapDay = Paris.ToUtc(new DateTime(2028, 2, 29, 18, 0, 0));
        var response = await studio.Http.PostJsonAsync("/api/series", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id,
            startsAt = leapDay, endsAt = leapDay.AddHours(2), rule = "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;COUNT=2" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await response.ReadAsync<SeriesDto>()).Sessions.Select(s => Paris.DateOf(s.StartsAt)).ShouldBe([new DateOnly(2028, 2, 29), new DateOnly(2032, 2, 29)]);
    }

    [Fact]
    public async Task Fifty_two_weeks_book_in_one_request_and_overnight_sessions_follow_the_clock_change_in_a_zone_with_one_and_without()
    {
        var studio = await CreateAsync(platform, "series52");
        var year = await studio.Http.PostJsonAsync("/api/series", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id,
            startsAt = FirstTuesday, endsAt = FirstTuesday.AddHours(4), rule = "FREQ=WEEKLY;COUNT=52" });
        year.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await year.ReadAsync<SeriesDto>()).Sessions.Count.ShouldBe(52);

        // 00:00–04:00 every night around Sunday 31 October 2027, when Paris goes back from 03:00 to 02:00.
        var midnight = Paris.ToUtc(new DateTime(2027, 10, 30, 0, 0, 0));
        var nights = await (await studio.Http.PostJsonAsync("/api/series", new { clientId = studio.Client.Id, roomId = studio.RoomB.Id,
            startsAt = midnight, endsAt = midnight.AddHours(4), rule = "FREQ=DAILY;COUNT=3" })).ReadAsync<SeriesDto>();
        nights.Sessions.Select(s => (s.EndsAt - s.StartsAt).TotalHours).ShouldBe([4, 5, 4]);

        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { TimeZone = "Asia/Tokyo" })).EnsureSuccessStatusCode();
        var tokyo = new StudioCalendar("Asia/Tokyo").ToUtc(new DateTime(2027, 3, 2, 18, 0, 0));
        var steady = await (await studio.Http.PostJsonAsync("/api/series", new { clientId = studio.Client.Id, roomId = studio.RoomB.Id,
            startsAt = tokyo, endsAt = tokyo.AddHours(4), rule = "FREQ=WEEKLY;UNTIL=20270501T000000Z" })).ReadAsync<SeriesDto>();
        steady.Sessions.Count.ShouldBe(9);
        steady.Sessions.Select(s => s.StartsAt.UtcDateTime.TimeOfDay).Distinct().ShouldHaveSingleItem().ShouldBe(TimeSpan.FromHours(9));
    }

    [Theory]
    [InlineData("FREQ=WEEKLY")]
    [InlineData("FREQ=HOURLY;COUNT=3")]
    [InlineData("every tuesday")]
    [InlineData("FREQ=WEEKLY;COUNT=500")]
    [InlineData("FREQ=DAILY;BYHOUR=9,18;COUNT=4")]
    [InlineData("")]
    [InlineData("FREQ=WEEKLY;UNTIL=20200101T000000Z")]
    [InlineData("FREQ=DAILY;COUNT=99999999999999999999")]
    [InlineData("FREQ=DAILY;INTERVAL=2147483647;COUNT=2")]
    [InlineData("FREQ=DAILY;UNTIL=99991231T235959Z")]
    [InlineData("FREQ=MONTHLY;BYDAY=99MO;COUNT=2")]
    [InlineData("FREQ=DAILY;COUNT=3;BYSETPOS=99999999999")]
    [InlineData("FREQ=DAILY;COUNT=2;BYMONTH=2;BYMONTHDAY=30")]
    [InlineData("FREQ=DAILY;UNTIL=99991130T000000Z;BYMONTH=2;BYMONTHDAY=30")]
    [InlineData("FREQ=WEEKLY;COUNT=2;UNTIL=20270601T000000Z")]
    [InlineData("FREQ=WEEKLY;INTERVAL=100;COUNT=104")]
    [InlineData("FREQ=DAILY;BYYEARDAY=366;COUNT=2")]
    [InlineData("FREQ=DAILY;BYWEEKNO=53;COUNT=2")]
    [InlineData("FREQ=DAILY;BYDAY=-1MO;COUNT=2")]
    [InlineData("FREQ=DAILY;COUNT=2;FREQ=WEEKLY")]
    public async Task A_rule_that_cannot_make_a_series_is_refused_naming_the_rule(string rule)
    {
        var studio = await CreateAsync(platform, "seriesbad");
        var problem = await (await studio.Http.PostJsonAsync("/api/series", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id,
            startsAt = FirstTuesday, endsAt = FirstTuesday.AddHours(4), rule })).ProblemAsync(400);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["rule"]);
        (await SessionCountAsync(studio)).ShouldBe(0);
    }

    [Fact]
    public async Task A_series_must_start_on_its_rule_and_one_whose_sessions_overlap_each_other_names_no_session_that_does_not_exist()
    {
        var studio = await CreateAsync(platform, "seriesself");
        var monday = FirstTuesday.AddDays(-1);
        var problem = await (await studio.Http.PostJsonAsync("/api/series", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id,
            startsAt = monday, endsAt = monday.AddHours(4), rule = "FREQ=WEEKLY;BYDAY=TU;COUNT=2" })).ProblemAsync(400);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["startsAt"]);

        problem = await (await studio.Http.PostJsonAsync("/api/series", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id,
            startsAt = FirstTuesday, endsAt = FirstTuesday.AddHours(30), rule = "FREQ=DAILY;COUNT=3" })).ProblemAsync(409);
        // The 2nd night overlaps the 1st (30 h each); the 3rd, once the 2nd is out, overlaps nothing.
        var conflict = problem.GetProperty("conflicts").EnumerateArray().ShouldHaveSingleItem();
        conflict.GetProperty("code").GetString().ShouldBe("series_overlaps_itself");
        conflict.GetProperty("conflictingSessionId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await SessionCountAsync(studio)).ShouldBe(0);
    }

    private static async Task<int> SessionCountAsync(StudioSeed studio) =>
        (await (await studio.Http.GetAsync("/api/sessions?pageSize=200")).ReadAsync<PagedResult<SessionDto>>()).TotalCount;
}
