using System.Net;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.BookingRequests;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Accounts;

/// <summary>A client asks for a slot in the portal; the studio accepts it (the same booking) or declines it with a message.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BookingRequestTests(PlatformFixture platform)
{
    private const string Password = "client-password-1";

    [Fact]
    public async Task A_request_for_any_room_is_accepted_in_a_room_the_studio_chooses_and_the_client_sees_it_booked()
    {
        var studio = await CreateAsync(platform, "requests");
        var (portal, email) = await PortalAsync(studio, "lena");

        var asked = await portal.PostJsonAsync("/api/portal/requests", new { startsAt = At(14), endsAt = At(18), engineerId = studio.Sam.Id, note = "Vocals for the EP" });
        asked.StatusCode.ShouldBe(HttpStatusCode.Created, await asked.Content.ReadAsStringAsync());
        var request = await asked.ReadAsync<BookingRequestDto>();
        (request.Status, request.Room, request.Engineer, request.Client).ShouldBe((BookingRequestStatus.Pending, (string?)null, "Sam Keller", "Lena Diaz"));
        platform.MessagesTo(PlatformFixture.OwnerEmail(studio.Subdomain)).ShouldContain(m => m.Subject!.StartsWith("Booking request: Lena Diaz"));

        var pending = await (await studio.Http.GetAsync("/api/booking-requests")).ReadAsync<PagedResult<BookingRequestDto>>();
        pending.Items.ShouldHaveSingleItem().Id.ShouldBe(request.Id);
        (await (await studio.Http.PostJsonAsync($"/api/booking-requests/{request.Id}/accept", new { })).ProblemAsync(400))
            .GetProperty("errors").TryGetProperty("roomId", out _).ShouldBeTrue("any room: the studio says which");

        var accepted = await (await studio.Http.PostJsonAsync($"/api/booking-requests/{request.Id}/accept", new { roomId = studio.RoomB.Id })).ReadAsync<BookingRequestDto>();
        (accepted.Status, accepted.Room).ShouldBe((BookingRequestStatus.Accepted, "Studio B"));
        var session = await (await studio.Http.GetAsync($"/api/sessions/{accepted.SessionId}")).ReadAsync<SessionDto>();
        (session.ClientId, session.RoomId, session.EngineerId, session.StartsAt, session.Notes).ShouldBe((studio.Client.Id, studio.RoomB.Id, (Guid?)studio.Sam.Id, At(14), "Vocals for the EP"));
        platform.MessagesTo(email).ShouldContain(m => m.Subject!.StartsWith("Booked:"));
        (await (await portal.GetAsync("/api/portal/requests")).ReadAsync<PagedResult<BookingRequestDto>>()).Items.Single().Status.ShouldBe(BookingRequestStatus.Accepted);
        (await (await studio.Http.PostJsonAsync($"/api/booking-requests/{request.Id}/decline", new { message = "Too late" })).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("request_decided");
    }

    [Fact]
    public async Task A_request_for_a_taken_slot_stays_pending_with_the_conflict_explained_and_a_declined_one_tells_the_client_why()
    {
        var studio = await CreateAsync(platform, "requestno");
        var (portal, email) = await PortalAsync(studio, "lena");
        await studio.BookAsync(studio.RoomA.Id, null, At(15), At(17));
        var request = await (await portal.PostJsonAsync("/api/portal/requests", new { startsAt = At(14), endsAt = At(18), roomId = studio.RoomA.Id })).ReadAsync<BookingRequestDto>();

        (await (await studio.Http.PostJsonAsync($"/api/booking-requests/{request.Id}/accept", new { })).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("session_overlap");
        (await (await studio.Http.GetAsync("/api/booking-requests")).ReadAsync<PagedResult<BookingRequestDto>>()).Items.Single().Status.ShouldBe(BookingRequestStatus.Pending);

        (await (await studio.Http.PostJsonAsync($"/api/booking-requests/{request.Id}/decline", new { message = "" })).ProblemAsync(400))
            .GetProperty("errors").TryGetProperty("message", out _).ShouldBeTrue();
        var declined = await (await studio.Http.PostJsonAsync($"/api/booking-requests/{request.Id}/decline", new { message = "Studio A is taken; Thursday?" })).ReadAsync<BookingRequestDto>();
        (declined.Status, declined.Response).ShouldBe((BookingRequestStatus.Declined, "Studio A is taken; Thursday?"));
        platform.MessagesTo(email).Last().TextBody!.ShouldContain("Studio A is taken; Thursday?");
        (await (await studio.Http.GetAsync("/api/booking-requests?status=declined")).ReadAsync<PagedResult<BookingRequestDto>>()).TotalCount.ShouldBe(1);
        (await (await studio.Http.GetAsync("/api/booking-requests?status=maybe")).ProblemAsync(400)).GetProperty("errors").TryGetProperty("status", out _).ShouldBeTrue();
        (await (await studio.Http.GetAsync("/api/booking-requests?status=1")).ProblemAsync(400)).GetProperty("errors").TryGetProperty("status", out _).ShouldBeTrue("by name, not number");
        (await (await studio.Http.GetAsync("/api/booking-requests?status=pending,accepted")).ProblemAsync(400)).GetProperty("errors").TryGetProperty("status", out _).ShouldBeTrue("one name, not a list read as another status");
        (await (await studio.Http.PostJsonAsync($"/api/booking-requests/{request.Id}/accept", new { })).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("request_decided");

        // An archived client cannot ask any more, and what they had waiting is declined.
        var waiting = await (await portal.PostJsonAsync("/api/portal/requests", new { startsAt = At(9, 3), endsAt = At(10, 3) })).ReadAsync<BookingRequestDto>();
        (await studio.Http.PostAsync($"/api/clients/{studio.Client.Id}/archive", null)).EnsureSuccessStatusCode();
        (await (await studio.Http.GetAsync("/api/booking-requests")).ReadAsync<PagedResult<BookingRequestDto>>()).Items.ShouldNotContain(r => r.Id == waiting.Id);
        (await (await portal.PostJsonAsync("/api/portal/requests", new { startsAt = At(14), endsAt = At(18) })).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("client_archived");
    }

    [Fact]
    public async Task A_client_sees_only_their_own_requests_cannot_flood_the_studio_and_a_burst_of_accepts_books_once()
    {
        var studio = await CreateAsync(platform, "requestiso");
        var (lena, _) = await PortalAsync(studio, "lena");
        var marcClient = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Marc Vale", email = $"marc@{studio.Subdomain}.test" })).ReadAsync<ClientDto>();
        var (marc, _) = await PortalAsync(studio, "marc", marcClient.Id);
        var mine = await (await lena.PostJsonAsync("/api/portal/requests", new { startsAt = At(10), endsAt = At(12), roomId = studio.RoomA.Id })).ReadAsync<BookingRequestDto>();
        (await (await marc.GetAsync("/api/portal/requests")).ReadAsync<PagedResult<BookingRequestDto>>()).TotalCount.ShouldBe(0);
        (await marc.PostJsonAsync($"/api/booking-requests/{mine.Id}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await studio.Http.PostJsonAsync("/api/portal/requests", new { startsAt = At(10), endsAt = At(12) })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await lena.PostJsonAsync("/api/portal/requests", new { startsAt = At(10, -1), endsAt = At(12, -1) })).ProblemAsync(400))
            .GetProperty("errors").TryGetProperty("startsAt", out _).ShouldBeTrue("the past");
        (await lena.PostJsonAsync("/api/portal/requests", new { startsAt = At(10), endsAt = At(12), roomId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var answers = await Task.WhenAll(Enumerable.Range(0, 25).Select(i => marc.PostJsonAsync("/api/portal/requests", new { startsAt = At(8 + i % 10, 2), endsAt = At(9 + i % 10, 2) })));
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(BookingRequest.MaxPendingPerClient, "counted and saved under the client's lock");
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created || a.StatusCode == HttpStatusCode.Conflict);

        var accepts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => studio.Http.PostJsonAsync($"/api/booking-requests/{mine.Id}/accept", new { })));
        accepts.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        accepts.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK || a.StatusCode == HttpStatusCode.Conflict);
        (await (await studio.Http.GetAsync($"/api/sessions?clientId={studio.Client.Id}")).ReadAsync<PagedResult<SessionDto>>()).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_client_asks_from_the_portal_page_and_the_studio_accepts_from_its_requests_page()
    {
        var studio = await CreateAsync(platform, "requestpage");
        var (portal, email) = await PortalAsync(studio, "lena");
        var paris = new StudioCalendar("Europe/Paris");
        var day = paris.DateOf(At(14)).ToString("yyyy-MM-dd");
        var sent = await portal.PostFormAsync("/client/sessions?handler=Request", await portal.FormTokenAsync("/client/sessions"), new Dictionary<string, string>
        {
            ["Ask.Date"] = day, ["Ask.StartsAt"] = paris.ToLocal(At(14)).ToString("HH:mm"), ["Ask.EndsAt"] = paris.ToLocal(At(18)).ToString("HH:mm"),
            ["Ask.RoomId"] = "", ["Ask.Note"] = "Drums, two people",
        });
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());
        var page = await portal.GetStringAsync("/client/sessions");
        page.ShouldContain("Request sent for");
        page.ShouldContain("any room: <strong>waiting for an answer</strong>");

        var browser = platform.App.ClientFor(studio.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(studio.Subdomain), PlatformFixture.OwnerPassword);
        var requests = await browser.GetStringAsync("/requests");
        requests.ShouldContain("Drums, two people");
        var request = (await (await studio.Http.GetAsync("/api/booking-requests")).ReadAsync<PagedResult<BookingRequestDto>>()).Items.Single();
        // On the calendar too: in each room's column (it is for any room), dashed, linking to its answer.
        var calendar = await browser.GetStringAsync($"/calendar?day={day}");
        calendar.Split($"href=\"/requests#request-{request.Id}\"").Length.ShouldBe(3, "Studio A and Studio B");
        calendar.ShouldContain("Request: Lena Diaz");
        var accepted = await browser.PostFormAsync($"/requests?handler=Accept&id={request.Id}",
            await browser.FormTokenAsync("/requests"), new Dictionary<string, string> { ["roomId"] = studio.RoomA.Id.ToString() });
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());
        (await browser.GetStringAsync("/requests")).ShouldContain("Booked for Lena Diaz");
        (await portal.GetStringAsync("/client/sessions")).ShouldContain("<strong>accepted</strong>");
    }

    [Fact]
    public async Task A_client_asks_a_few_times_an_hour_not_without_end()
    {
        using var app = platform.CreateApp(new Dictionary<string, string?> { ["RateLimits:BookingRequestsPerHour"] = "2" });
        var studio = await CreateAsync(platform, "requestrate", app);
        var (portal, _) = await PortalAsync(studio, "lena", app: app);
        for (var i = 0; i < 2; i++)
            (await portal.PostJsonAsync("/api/portal/requests", new { startsAt = At(10 + i), endsAt = At(11 + i) })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var refused = await portal.PostJsonAsync("/api/portal/requests", new { startsAt = At(14), endsAt = At(15) });
        (await refused.ProblemAsync(429)).GetProperty("code").GetString().ShouldBe("rate_limited");
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }

    /// <summary>A client of the studio (the seed's Lena unless another is given) signed in to the portal with a cookie and the antiforgery header.</summary>
    private async Task<(HttpClient Portal, string Email)> PortalAsync(StudioSeed studio, string name, Guid? clientId = null, StudioAppFactory? app = null)
    {
        var email = $"{name}@{studio.Subdomain}.test";
        var id = clientId ?? studio.Client.Id;
        if (clientId is null) await studio.Http.PutJsonAsync($"/api/clients/{id}", new { name = "Lena Diaz", email });
        (await studio.Http.PostAsync($"/api/clients/{id}/portal-invitation", null)).EnsureSuccessStatusCode();
        var portal = (app ?? platform.App).ClientFor(studio.Subdomain);
        await platform.AcceptInvitationAsync(portal, email, Password);
        (await portal.PostJsonAsync("/api/portal/login", new { email, password = Password })).EnsureSuccessStatusCode();
        var antiforgery = System.Text.Json.JsonDocument.Parse(await portal.GetStringAsync("/api/auth/antiforgery")).RootElement;
        portal.DefaultRequestHeaders.Add("X-CSRF-TOKEN", antiforgery.GetProperty("token").GetString());
        return (portal, email);
    }
}
