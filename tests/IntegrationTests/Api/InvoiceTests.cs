using System.Net;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>Invoices: drafts from sessions and free lines; issued numbers without gaps or duplicates under concurrency.</summary>
[Collection(PlatformCollection.Name)]
public sealed class InvoiceTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_draft_bills_sessions_at_their_price_and_free_lines_and_a_session_is_invoiced_once()
    {
        var studio = await CreateAsync(platform, "invoice");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { TaxPercent = 20 })).EnsureSuccessStatusCode();
        var first = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(12), "Vocals")).ReadAsync<SessionDto>();
        var second = await (await studio.BookAsync(studio.RoomB.Id, null, At(14), At(15), "Mix")).ReadAsync<SessionDto>();

        var response = await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { second.Id, first.Id },
            lines = new[] { new { description = "Hard drive", amount = 89.99m } } });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var draft = await response.ReadAsync<InvoiceDto>();
        (draft.Status, draft.Number, draft.Currency, draft.Client).ShouldBe((InvoiceStatus.Draft, (string?)null, "EUR", "Lena Diaz"));
        draft.Lines.Select(l => l.SessionId).ShouldBe([first.Id, second.Id, null], "sessions in time order, then free lines");
        draft.Lines[0].Description.ShouldContain("Vocals — ");
        draft.Lines[0].Description.ShouldContain("Studio A, with Sam Keller");
        (draft.Lines[0].Net, draft.Lines[0].Tax).ShouldBe((first.Price!.Net, first.Price.Tax));
        (draft.Lines[2].Net, draft.Lines[2].Tax).ShouldBe((89.99m, 18m));
        draft.Gross.ShouldBe(draft.Net + draft.Tax);
        draft.Net.ShouldBe(first.Price.Net + second.Price!.Net + 89.99m);

        (await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { first.Id } })).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("session_already_invoiced");
        var other = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Marc" })).ReadAsync<ClientDto>();
        var third = await (await studio.BookAsync(studio.RoomA.Id, null, At(16), At(17))).ReadAsync<SessionDto>();
        (await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = other.Id, sessionIds = new[] { third.Id } })).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("session_of_another_client");
        (await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id })).ProblemAsync(400))
            .GetProperty("errors").TryGetProperty("lines", out _).ShouldBeTrue();

        var issued = await (await studio.Http.PostAsync($"/api/invoices/{draft.Id}/issue", null)).ReadAsync<InvoiceDto>();
        (issued.Status, issued.Number).ShouldBe((InvoiceStatus.Issued, $"{DateTime.UtcNow.Year}-0001"));
        (await (await studio.Http.PostAsync($"/api/invoices/{draft.Id}/issue", null)).ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("invoice_issued");
        var listed = await (await studio.Http.GetAsync($"/api/invoices?status=issued&clientId={studio.Client.Id}")).ReadAsync<PagedResult<InvoiceDto>>();
        listed.Items.ShouldHaveSingleItem().Number.ShouldBe(issued.Number);
    }

    [Fact]
    public async Task A_session_is_billed_at_the_tax_it_was_priced_with_once_however_many_ask_at_once_and_bad_lines_are_refused()
    {
        var studio = await CreateAsync(platform, "invoiceedge");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { TaxPercent = 20 })).EnsureSuccessStatusCode();
        var session = await (await studio.BookAsync(studio.RoomA.Id, null, At(10), At(12))).ReadAsync<SessionDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { TaxPercent = 10 })).EnsureSuccessStatusCode();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { session.Id } })));
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1, "a session is invoiced once");
        answers.Where(a => a.StatusCode != HttpStatusCode.Created).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Conflict);
        var draft = await answers.Single(a => a.StatusCode == HttpStatusCode.Created).ReadAsync<InvoiceDto>();
        (draft.Lines.Single().TaxPercent, draft.Lines.Single().Tax).ShouldBe((20m, session.Price!.Tax), "the tax it was priced with");

        var nul = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id,
            lines = new[] { new { description = "a\u0000b", amount = 1 } } })).ProblemAsync(400);
        nul.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(name => name.StartsWith("lines[0]", StringComparison.OrdinalIgnoreCase));
        (await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id,
            lines = new[] { new { description = "Refund", amount = -50 } } })).ProblemAsync(400)).GetProperty("code").GetString().ShouldBe("validation_failed");

        var issues = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => studio.Http.PostAsync($"/api/invoices/{draft.Id}/issue", null)));
        issues.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in issues.Where(a => a.StatusCode != HttpStatusCode.OK))
            (await refused.ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("invoice_issued");
    }

    [Fact]
    public async Task Twenty_drafts_issued_at_once_get_twenty_consecutive_numbers_and_another_studio_counts_its_own()
    {
        var studio = await CreateAsync(platform, "invoicenum");
        var drafts = new List<InvoiceDto>();
        for (var i = 0; i < 20; i++)
            drafts.Add(await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id,
                lines = new[] { new { description = $"Session fee {i}", amount = 100 } } })).ReadAsync<InvoiceDto>());

        var answers = await Task.WhenAll(drafts.Select(d => studio.Http.PostAsync($"/api/invoices/{d.Id}/issue", null)));
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        var numbers = (await Task.WhenAll(answers.Select(a => a.ReadAsync<InvoiceDto>()))).Select(i => i.Number!).Order().ToList();
        var year = DateTime.UtcNow.Year;
        numbers.ShouldBe(Enumerable.Range(1, 20).Select(n => $"{year}-{n:0000}"), "no gap, no duplicate");

        var other = await CreateAsync(platform, "invoicenum2");
        var theirs = await (await other.Http.PostJsonAsync("/api/invoices", new { clientId = other.Client.Id,
            lines = new[] { new { description = "Fee", amount = 10 } } })).ReadAsync<InvoiceDto>();
        (await (await other.Http.PostAsync($"/api/invoices/{theirs.Id}/issue", null)).ReadAsync<InvoiceDto>()).Number.ShouldBe($"{year}-0001");
        (await other.Http.GetAsync($"/api/invoices/{drafts[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
