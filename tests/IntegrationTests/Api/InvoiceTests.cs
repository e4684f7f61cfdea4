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
        draft.Lines[0].Description.ShouldEndWith($"Studio A, with Sam Keller ({first.Price!.Basis})", customMessage: "the hours × rates it was priced at");
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

        foreach (var body in new object[] { new { clientId = studio.Client.Id, lines = new object?[] { null } }, new { clientId = studio.Client.Id, lines = new[] { new { description = "Fee", amount = 10.005m } } } })
            (await studio.Http.PostJsonAsync("/api/invoices", body)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

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
        var issued = (await Task.WhenAll(answers.Select(a => a.ReadAsync<InvoiceDto>()))).OrderBy(i => i.Number).ToList();
        var year = DateTime.UtcNow.Year;
        issued.Select(i => i.Number).ShouldBe(Enumerable.Range(1, 20).Select(n => $"{year}-{n:0000}"), "no gap, no duplicate");
        issued.Select(i => i.IssuedAt).ShouldBeInOrder(SortDirection.Ascending, "a later number never carries an earlier time");

        var other = await CreateAsync(platform, "invoicenum2");
        var theirs = await (await other.Http.PostJsonAsync("/api/invoices", new { clientId = other.Client.Id,
            lines = new[] { new { description = "Fee", amount = 10 } } })).ReadAsync<InvoiceDto>();
        (await (await other.Http.PostAsync($"/api/invoices/{theirs.Id}/issue", null)).ReadAsync<InvoiceDto>()).Number.ShouldBe($"{year}-0001");
        (await other.Http.GetAsync($"/api/invoices/{drafts[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Payments_lower_the_balance_to_paid_never_beyond_it_even_in_a_burst_and_bad_payments_say_which_field()
    {
        var studio = await CreateAsync(platform, "invoicepay");
        var invoice = await IssuedAsync(studio, 100m);
        (invoice.Status, invoice.Total, invoice.Balance, invoice.DueOn).ShouldBe((InvoiceStatus.Issued, 100m, 100m, invoice.IssuedOn!.Value.AddDays(30)));
        var today = invoice.IssuedOn!.Value;

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/payments",
            new { amount = 40m, method = "transfer", paidOn = today, reference = $"VIR-{i}" })));
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(2, "two payments of 40 fit in 100, a third would be too much");
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            (await refused.ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("overpayment");
        var partly = await (await studio.Http.GetAsync($"/api/invoices/{invoice.Id}")).ReadAsync<InvoiceDto>();
        (partly.Status, partly.Paid, partly.Balance, partly.Payments.Count).ShouldBe((InvoiceStatus.PartlyPaid, 80m, 20m, 2));

        async Task<string> FieldOf(object body) => (await (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/payments", body)).ProblemAsync(400))
            .GetProperty("errors").EnumerateObject().First().Name;
        (await FieldOf(new { amount = 0, method = "cash", paidOn = today })).ShouldBe("amount", StringCompareShould.IgnoreCase);
        (await FieldOf(new { amount = 5, method = "online", paidOn = today })).ShouldBe("method", StringCompareShould.IgnoreCase);
        (await FieldOf(new { amount = 5, paidOn = today })).ShouldBe("method", StringCompareShould.IgnoreCase); // said, not guessed
        (await FieldOf(new { amount = 5, method = "cash", paidOn = "1999-12-31" })).ShouldBe("paidOn", StringCompareShould.IgnoreCase);
        (await FieldOf(new { amount = 5, method = "cash", paidOn = today, reference = new string('x', 201) })).ShouldBe("reference", StringCompareShould.IgnoreCase);
        (await FieldOf(new { amount = 5, method = "cash", paidOn = today.AddDays(2) })).ShouldBe("paidOn", StringCompareShould.IgnoreCase); // not yet received
        (await (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/payments", new { amount = 1.005m, method = "cash", paidOn = today }))
            .ProblemAsync(400)).GetProperty("code").GetString().ShouldBe("invalid_amount");

        var paid = await (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/payments", new { amount = 20m, method = "card", paidOn = today }))
            .ReadAsync<InvoiceDto>();
        (paid.Status, paid.Balance).ShouldBe((InvoiceStatus.Paid, 0m));
        (await (await studio.Http.GetAsync("/api/invoices?status=paid")).ReadAsync<PagedResult<InvoiceDto>>()).Items.ShouldHaveSingleItem().Id.ShouldBe(invoice.Id);
        (await (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/payments", new { amount = 1m, method = "cash", paidOn = today }))
            .ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("invoice_paid");

        var draft = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id,
            lines = new[] { new { description = "Fee", amount = 10 } } })).ReadAsync<InvoiceDto>();
        (await (await studio.Http.PostJsonAsync($"/api/invoices/{draft.Id}/payments", new { amount = 10m, method = "cash", paidOn = today }))
            .ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("invoice_not_issued");
    }

    [Fact]
    public async Task Credit_notes_correct_an_issued_invoice_with_their_own_numbers_and_a_full_one_frees_its_sessions_to_be_billed_again()
    {
        var studio = await CreateAsync(platform, "invoicecredit");
        var session = await (await studio.BookAsync(studio.RoomA.Id, null, At(10), At(12), "Vocals")).ReadAsync<SessionDto>();
        var invoice = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { session.Id },
            lines = new[] { new { description = "Hard drive", amount = 90m } } })).ReadAsync<InvoiceDto>();
        (await studio.Http.PostAsync($"/api/invoices/{invoice.Id}/issue", null)).EnsureSuccessStatusCode();
        (await (await studio.Http.DeleteAsync($"/api/invoices/{invoice.Id}")).ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("invoice_issued");

        var credited = await (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/credit-notes", new { lines = new[] { new { description = "Drive returned", amount = 90m } },
            reason = "returned unused" })).ReadAsync<InvoiceDto>();
        var year = DateTime.UtcNow.Year;
        (credited.Status, credited.Credited, credited.Total).ShouldBe((InvoiceStatus.Issued, 90m, invoice.Gross - 90m));
        credited.CreditNotes.ShouldNotBeNull().ShouldHaveSingleItem().Number.ShouldBe($"CN-{year}-0001");
        credited.Lines.Sum(l => l.Gross).ShouldBe(invoice.Gross, "an issued invoice's lines never change");
        var notePdf = await studio.Http.GetAsync($"/api/invoices/{invoice.Id}/credit-notes/{credited.CreditNotes!.Single().Id}/pdf");
        notePdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await notePdf.Content.ReadAsByteArrayAsync()))
            string.Concat(document.GetPages().Select(p => p.Text)).ShouldContain($"Credit note CN-{year}-0001");
        (await studio.Http.GetAsync($"/api/invoices/{invoice.Id}/credit-notes/{Guid.NewGuid()}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/credit-notes", new { full = true })).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("credit_exceeds_rate", "90 of it is credited already");
        (await (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/credit-notes", new { lines = new[] { new { description = "x", amount = 1m, taxPercent = 20m } } }))
            .ProblemAsync(400)).GetProperty("code").GetString().ShouldBe("unknown_tax_rate", "20 % is not one of this studio's rates");
        (await (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/credit-notes", new { full = true, lines = new[] { new { description = "x", amount = 1 } } }))
            .ProblemAsync(400)).GetProperty("errors").TryGetProperty("lines", out _).ShouldBeTrue();
        (await (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/credit-notes", new { lines = new[] { new { description = "Session", amount = session.Price!.Net } } }))
            .ReadAsync<InvoiceDto>()).Status.ShouldBe(InvoiceStatus.Void, "credited in full with nothing paid");

        var second = await IssuedAsync(studio, 0m, session.Id);
        (await (await studio.Http.PostJsonAsync($"/api/invoices/{second.Id}/credit-notes", new { full = true, reason = "billed twice" })).ReadAsync<InvoiceDto>())
            .Status.ShouldBe(InvoiceStatus.Void);
        var again = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { session.Id } }))
            .ReadAsync<InvoiceDto>();
        again.Lines.ShouldHaveSingleItem().SessionId.ShouldBe(session.Id, "a full credit note frees the session");
        (await studio.Http.DeleteAsync($"/api/invoices/{again.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await studio.Http.GetAsync($"/api/invoices/{again.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { session.Id } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created, "a deleted draft frees its session");
    }

    [Fact]
    public async Task A_credit_note_takes_back_tax_only_at_the_rates_billed_and_a_draft_whose_session_changed_is_not_issued()
    {
        var studio = await CreateAsync(platform, "invoicerates");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { TaxPercent = 20, TaxRates = [20m, 5.5m, 0m] })).EnsureSuccessStatusCode();
        var invoice = await IssuedAsync(studio, 100m); // 100 net at 20 %
        var refused = await (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/credit-notes", new { lines = new[] { new { description = "All of it", amount = 120m, taxPercent = 0m } } }))
            .ProblemAsync(409);
        refused.GetProperty("code").GetString().ShouldBe("credit_exceeds_rate", "nothing was billed at 0 %: the 20 of tax would stay in the books");
        var credited = await (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/credit-notes", new { lines = new[] { new { description = "Half", amount = 50m } } }))
            .ReadAsync<InvoiceDto>();
        credited.CreditNotes!.Single().Tax.ShouldBe(10m, "left without a rate, the invoice's own");
        (await (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/credit-notes", new { lines = new[] { new { description = "More", amount = 50.01m } } })).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("credit_exceeds_rate");

        var session = await (await studio.BookAsync(studio.RoomA.Id, null, At(10), At(12))).ReadAsync<SessionDto>();
        var draft = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { session.Id } })).ReadAsync<InvoiceDto>();
        (await studio.Http.PostAsync($"/api/sessions/{session.Id}/cancel", null)).EnsureSuccessStatusCode();
        var stale = await (await studio.Http.PostAsync($"/api/invoices/{draft.Id}/issue", null)).ProblemAsync(409);
        stale.GetProperty("code").GetString().ShouldBe("draft_out_of_date");
        stale.GetProperty("detail").GetString()!.ShouldContain("cancelled");
        (await studio.Http.DeleteAsync($"/api/invoices/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent, "the stale draft is deleted and nothing was numbered");
        var next = await IssuedAsync(studio, 5m);
        next.Number.ShouldBe($"{DateTime.UtcNow.Year}-0002", "no number was taken by the refused issue");

        (await (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { Currency = "USD" })).ProblemAsync(409)).GetProperty("code").GetString()
            .ShouldBe("currency_in_use");
        var kept = await (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { LegalName = "Rates SARL" })).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (await (await studio.Http.PutJsonAsync("/api/studio/settings", kept with { LegalName = null })).ReadAsync<Application.Studio.Settings.StudioSettingsDto>())
            .LegalName.ShouldBe("Rates SARL", "left out, it keeps its value");
    }

    [Fact]
    public async Task Lines_carry_one_of_the_studios_tax_rates_summed_per_rate_and_the_legal_details_are_the_studios()
    {
        var studio = await CreateAsync(platform, "invoicetax");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        var saved = await (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { TaxPercent = 20, TaxRates = [5.5m, 20m, 5.5m],
            LegalName = "Maraboo SARL", Address = "12 rue des Lilas\n75011 Paris", TaxId = "FR12345678901", PaymentTermsDays = 14 }))
            .ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        saved.TaxRates.ShouldBe([20m, 5.5m], "the default first, each once");
        (saved.LegalName, saved.TaxId, saved.PaymentTermsDays).ShouldBe(("Maraboo SARL", "FR12345678901", 14));

        var draft = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, lines = new object[] {
            new { description = "Mixing", amount = 100m }, new { description = "Book", amount = 20m, taxPercent = 5.5m } } })).ReadAsync<InvoiceDto>();
        draft.TaxByRate.ShouldBe([new TaxRateTotal(20m, 100m, 20m), new TaxRateTotal(5.5m, 20m, 1.1m)]);
        (await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id,
            lines = new[] { new { description = "Odd", amount = 10m, taxPercent = 7m } } })).ProblemAsync(400)).GetProperty("code").GetString().ShouldBe("unknown_tax_rate");
        var issued = await (await studio.Http.PostAsync($"/api/invoices/{draft.Id}/issue", null)).ReadAsync<InvoiceDto>();
        issued.DueOn.ShouldBe(issued.IssuedOn!.Value.AddDays(14));
    }

    [Fact]
    public async Task The_new_invoice_and_quote_forms_refuse_an_amount_they_cannot_read_instead_of_billing_zero()
    {
        var studio = await CreateAsync(platform, "invoiceform");
        var browser = platform.App.ClientFor(studio.Subdomain);
        (await browser.PostJsonAsync("/api/auth/login", new { email = PlatformFixture.OwnerEmail(studio.Subdomain), password = PlatformFixture.OwnerPassword })).EnsureSuccessStatusCode();
        foreach (var form in new[] { $"/invoices/new?clientId={studio.Client.Id}", $"/quotes/new?clientId={studio.Client.Id}" })
            foreach (var (amount, said) in new[] { ("abc", "is not valid"), ("1e400", "is not valid"), ("", "An amount is needed") })
            {
                var answer = await browser.PostFormAsync(form, await browser.FormTokenAsync(form),
                    new Dictionary<string, string> { ["Lines[0].Description"] = "Mixing", ["Lines[0].Amount"] = amount });
                answer.StatusCode.ShouldBe(HttpStatusCode.OK, $"{form} with '{amount}' shows the form again");
                System.Net.WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()).ShouldContain(said);
            }
        (await (await studio.Http.GetAsync("/api/invoices")).ReadAsync<PagedResult<InvoiceDto>>()).TotalCount.ShouldBe(0);
        (await (await studio.Http.GetAsync("/api/quotes")).ReadAsync<PagedResult<Application.Studio.Quotes.QuoteDto>>()).TotalCount.ShouldBe(0);
    }

    /// <summary>An issued invoice of one free line (and the session, if given).</summary>
    private static async Task<InvoiceDto> IssuedAsync(StudioSeed studio, decimal amount, Guid? sessionId = null)
    {
        var draft = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id,
            sessionIds = sessionId is { } id ? new[] { id } : null, lines = amount > 0 ? new[] { new { description = "Fee", amount } } : null })).ReadAsync<InvoiceDto>();
        var answer = await studio.Http.PostAsync($"/api/invoices/{draft.Id}/issue", null);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        return await answer.ReadAsync<InvoiceDto>();
    }
}
