using System.Net;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Quotes;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;
using UglyToad.PdfPig;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>Quotes: from holds, a series and free lines; sent with the PDF; accepted in the portal (confirming the holds through the booking rules) or declined (releasing them).</summary>
[Collection(PlatformCollection.Name)]
public sealed class QuoteTests(PlatformFixture platform)
{
    private const string Password = "client-quote-password-1";

    [Fact]
    public async Task A_client_accepts_a_quote_of_holds_in_the_portal_and_they_are_confirmed_once_through_the_booking_rules()
    {
        var studio = await CreateAsync(platform, "quote");
        var (email, portal) = await studio.PortalClientAsync(platform, Password);
        var first = await HoldAsync(studio, 10, 12);
        var second = await HoldAsync(studio, 14, 16);
        // Someone else holds the second slot first: Lena's second hold is 2nd in the queue.
        var marc = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Marc" })).ReadAsync<Application.Studio.Clients.ClientDto>();
        var ahead = await (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = marc.Id, roomId = studio.RoomB.Id, startsAt = At(14), endsAt = At(16), hold = true }))
            .ReadAsync<SessionDto>();
        var queued = await HoldAsync(studio, 14, 16, studio.RoomB.Id);

        var created = await studio.Http.PostJsonAsync("/api/quotes", new { clientId = studio.Client.Id, sessionIds = new[] { first.Id, second.Id, queued.Id },
            lines = new[] { new { description = "Mastering, 4 tracks", amount = 200m } } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var quote = await created.ReadAsync<QuoteDto>();
        (quote.Number, quote.Status, quote.Lines.Count).ShouldBe(($"Q-{DateTime.UtcNow.Year}-0001", QuoteStatus.Draft, 4));
        quote.ValidUntil.ShouldBe(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), "30 days unless given (the studio's date may differ by a day near midnight)");
        (await (await portal.GetAsync("/api/portal/quotes")).ReadAsync<PagedResult<QuoteDto>>()).Items.ShouldBeEmpty("a draft is the studio's");
        (await portal.PostAsync($"/api/portal/quotes/{quote.Id}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await studio.Http.PostAsync($"/api/quotes/{quote.Id}/send", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var message = platform.MessagesTo(email).Last(m => m.Subject?.StartsWith("Quote") == true);
        message.TextBody.ShouldNotBeNull().ShouldContain("/client/sessions#quotes");
        var attachment = message.Attachments.OfType<MimeKit.MimePart>().ShouldHaveSingleItem();
        using (var pdf = new MemoryStream())
        {
            await attachment.Content!.DecodeToAsync(pdf);
            using var document = PdfDocument.Open(pdf.ToArray());
            string.Concat(document.GetPages().Select(p => p.Text)).ShouldContain($"Quote {quote.Number}");
        }

        var refused = await (await portal.PostAsync($"/api/portal/quotes/{quote.Id}/accept", null)).ProblemAsync(409);
        refused.GetProperty("code").GetString().ShouldBe("session_unavailable", "Marc's hold stands ahead of Lena's queued one");
        refused.ToString().ShouldNotContain("Marc", Case.Sensitive, "another client's name is not the client's business");
        refused.ToString().ShouldNotContain(ahead.Id.ToString());
        (await studio.SessionAsync(first.Id)).Status.ShouldBe(SessionStatus.Confirmed, "what could be confirmed is; accepting again confirms the rest");
        (await (await portal.GetAsync("/api/portal/quotes")).ReadAsync<PagedResult<QuoteDto>>()).Items.Single().Status.ShouldBe(QuoteStatus.Sent);

        (await studio.Http.PostAsync($"/api/sessions/{ahead.Id}/release", null)).EnsureSuccessStatusCode();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => portal.PostAsync($"/api/portal/quotes/{quote.Id}/accept", null)));
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1, "accepted once however many times at once");
        answers.Where(a => a.StatusCode != HttpStatusCode.OK).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Conflict);
        foreach (var id in new[] { first.Id, second.Id, queued.Id })
            (await studio.SessionAsync(id)).Status.ShouldBe(SessionStatus.Confirmed);
        var accepted = await (await studio.Http.GetAsync($"/api/quotes/{quote.Id}")).ReadAsync<QuoteDto>();
        (accepted.Status, accepted.DecidedAt.HasValue).ShouldBe((QuoteStatus.Accepted, true));
        platform.MessagesTo(PlatformFixture.OwnerEmail(studio.Subdomain)).ShouldContain(m => m.Subject == $"Quote {quote.Number} accepted by Lena Diaz");
        (await (await studio.Http.PostAsync($"/api/quotes/{quote.Id}/send", null)).ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("quote_decided");
    }

    [Fact]
    public async Task Declining_releases_the_holds_it_listed_and_a_series_quote_lists_every_occurrence()
    {
        var studio = await CreateAsync(platform, "quotedecline");
        var (_, portal) = await studio.PortalClientAsync(platform, Password);
        var hold = await HoldAsync(studio, 9, 11);
        var series = await (await studio.Http.PostJsonAsync("/api/series", new { clientId = studio.Client.Id, roomId = studio.RoomB.Id,
            startsAt = At(18, 2), endsAt = At(20, 2), rule = "FREQ=WEEKLY;COUNT=4", title = "Rehearsal" })).ReadAsync<System.Text.Json.JsonElement>();
        var quote = await (await studio.Http.PostJsonAsync("/api/quotes", new { clientId = studio.Client.Id, sessionIds = new[] { hold.Id },
            seriesId = series.GetProperty("id").GetGuid() })).ReadAsync<QuoteDto>();
        quote.Lines.Count.ShouldBe(5, "the hold and the four rehearsals");
        await studio.Http.PostAsync($"/api/quotes/{quote.Id}/send", null);

        var declined = await (await portal.PostJsonAsync($"/api/portal/quotes/{quote.Id}/decline", new { note = "Too dear for us this month" })).ReadAsync<QuoteDto>();
        (declined.Status, declined.ClientNote).ShouldBe((QuoteStatus.Declined, "Too dear for us this month"));
        (await studio.SessionAsync(hold.Id)).Status.ShouldBe(SessionStatus.Released);
        (await (await portal.PostAsync($"/api/portal/quotes/{quote.Id}/accept", null)).ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("quote_decided");

        var bad = await (await studio.Http.PostJsonAsync("/api/quotes", new { clientId = studio.Client.Id, lines = new[] { new { description = "x", amount = 1 } },
            validUntil = "2001-01-01" })).ProblemAsync(400);
        bad.GetProperty("code").GetString().ShouldBe("invalid_valid_until");
        (await (await studio.Http.PostJsonAsync("/api/quotes", new { clientId = studio.Client.Id })).ProblemAsync(400)).GetProperty("errors").TryGetProperty("lines", out _).ShouldBeTrue();
        (await studio.Http.PostJsonAsync("/api/quotes", new { clientId = studio.Client.Id, seriesId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var pdf = await studio.Http.GetAsync($"/api/quotes/{quote.Id}/pdf");
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
    }

    private static async Task<SessionDto> HoldAsync(StudioSeed studio, int from, int to, Guid? roomId = null) =>
        await (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = studio.Client.Id, roomId = roomId ?? studio.RoomA.Id, startsAt = At(from), endsAt = At(to), hold = true }))
            .ReadAsync<SessionDto>();
}
