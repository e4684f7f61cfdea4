using System.Net;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.TestSupport;
using UglyToad.PdfPig;
using static RecordingStudio.IntegrationTests.Support.Pdfs;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>An invoice as PDF (its text read back with PdfPig), sent by e-mail with the PDF attached, and in its client's portal.</summary>
[Collection(PlatformCollection.Name)]
public sealed class InvoiceDocumentTests(PlatformFixture platform)
{
    private const string Password = "client-portal-password-1";

    [Fact]
    public async Task The_pdf_carries_the_studios_legal_details_the_lines_tax_per_rate_and_the_amount_due_and_goes_to_the_client_attached()
    {
        var studio = await CreateAsync(platform, "invoicepdf");
        var email = $"lena@{studio.Subdomain}.test";
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { TaxPercent = 20, TaxRates = [20m, 5.5m], LegalName = "Maraboo SARL",
            Address = "12 rue des Lilas\n75011 Paris", TaxId = "FR12345678901", InvoiceNote = "IBAN FR76 3000 6000 0112 3456 7890 189" })).EnsureSuccessStatusCode();
        var session = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(12), "Album tracking")).ReadAsync<SessionDto>();
        var draft = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { session.Id },
            lines = new[] { new { description = "Songbook", amount = 20m, taxPercent = 5.5m } } })).ReadAsync<InvoiceDto>();

        (await studio.Http.PutJsonAsync($"/api/clients/{studio.Client.Id}", new { name = "Lena Diaz", email, billingAddress = "Lena Diaz Music Ltd\n4 Rue Oberkampf, Paris",
            taxId = "FR99887766554" })).EnsureSuccessStatusCode();
        var draftPdf = Text(await PdfAsync(studio.Http, $"/api/invoices/{draft.Id}/pdf"));
        draftPdf.ShouldContain("Draft invoice");
        (await (await studio.Http.PostAsync($"/api/invoices/{draft.Id}/send", null)).ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("invoice_not_issued");

        var invoice = await (await studio.Http.PostAsync($"/api/invoices/{draft.Id}/issue", null)).ReadAsync<InvoiceDto>();
        await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/payments", new { amount = 50m, method = "transfer", paidOn = invoice.IssuedOn });
        var text = Text(await PdfAsync(studio.Http, $"/api/invoices/{invoice.Id}/pdf"));
        foreach (var expected in new[] { $"Invoice {invoice.Number}", "Maraboo SARL", "12 rue des Lilas", "75011 Paris", "Tax id: FR12345678901", "Bill to", "Lena Diaz", "Lena Diaz Music Ltd", "4 Rue Oberkampf, Paris", "Tax id: FR99887766554",
                     "Album tracking", "Studio A, with Sam", "Keller", "Songbook", "Tax 20 % on", "Tax 5.5 % on 20.00", "1.10", "Paid", "-50.00",
                     $"Amount due{Plain(invoice.Gross - 50m)} EUR", "IBAN FR76" })
            text.ShouldContain(expected, customMessage: text);

        (await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/credit-notes", new { lines = new[] { new { description = "Songbook misprint", amount = 2m, taxPercent = 5.5m } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await studio.Http.PostAsync($"/api/invoices/{invoice.Id}/send", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // An issued invoice prints as it was issued: a new legal name is for the invoices to come.
        var renamed = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", renamed with { LegalName = "Maraboo Holding SAS" })).EnsureSuccessStatusCode();
        var reprinted = Text(await PdfAsync(studio.Http, $"/api/invoices/{invoice.Id}/pdf"));
        (reprinted.Contains("Maraboo SARL"), reprinted.Contains("Holding")).ShouldBe((true, false));
        var message = platform.MessagesTo(email).Where(m => m.Subject?.StartsWith("Invoice") == true).ShouldHaveSingleItem();
        message.Subject.ShouldBe($"Invoice {invoice.Number} from {settings.StudioName}");
        message.TextBody.ShouldNotBeNull().ShouldContain($"Amount due: {Plain(invoice.Gross - 50m - 2.11m)} EUR");
        message.TextBody.ShouldContain("/client/sessions#invoices");
        message.TextBody.ShouldContain($"with the credit note correcting it (CN-{DateTime.UtcNow.Year}-0001)");
        var parts = message.Attachments.OfType<MimeKit.MimePart>().ToList();
        parts.Select(p => p.FileName).ShouldBe([$"invoice-{invoice.Number}.pdf", $"credit-note-CN-{DateTime.UtcNow.Year}-0001.pdf"]);
        var attachment = parts[0];
        (attachment.FileName, attachment.ContentType!.MimeType).ShouldBe(($"invoice-{invoice.Number}.pdf", "application/pdf"));
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Text(content.ToArray()).ShouldContain($"Invoice {invoice.Number}");

        var marc = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Marc" })).ReadAsync<ClientDto>();
        var marcs = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = marc.Id, lines = new[] { new { description = "Fee", amount = 10 } } }))
            .ReadAsync<InvoiceDto>();
        await studio.Http.PostAsync($"/api/invoices/{marcs.Id}/issue", null);
        (await (await studio.Http.PostAsync($"/api/invoices/{marcs.Id}/send", null)).ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("client_has_no_email");
        var lenasDraft = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, lines = new[] { new { description = "Fee", amount = 10 } } }))
            .ReadAsync<InvoiceDto>();

        var (_, portal) = await studio.PortalClientAsync(platform, Password); // the client's details, as the invoice was issued, stay on it
        var mine = await (await portal.GetAsync("/api/portal/invoices")).ReadAsync<PagedResult<InvoiceDto>>();
        var only = mine.Items.ShouldHaveSingleItem("her issued invoice; not her draft, not Marc's");
        (only.Id, only.Balance, only.Status).ShouldBe((invoice.Id, invoice.Gross - 50m - 2.11m, Domain.Studio.InvoiceStatus.PartlyPaid));
        Text(await PdfAsync(portal, $"/api/portal/invoices/{invoice.Id}/pdf")).ShouldContain($"Invoice {invoice.Number}");
        (await portal.GetAsync($"/api/portal/invoices/{marcs.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await portal.GetAsync($"/api/portal/invoices/{lenasDraft.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await portal.GetAsync($"/api/invoices/{invoice.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Two_hundred_long_lines_run_onto_further_pages_and_every_line_is_printed()
    {
        var studio = await CreateAsync(platform, "invoicepages");
        var lines = Enumerable.Range(1, 200).Select(i => new { description = $"Line {i:000}: " + string.Join(' ', Enumerable.Repeat("overdub", 12)), amount = 1m }).ToArray();
        var draft = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, lines })).ReadAsync<InvoiceDto>();
        using var pdf = PdfDocument.Open(await PdfAsync(studio.Http, $"/api/invoices/{draft.Id}/pdf"));
        pdf.NumberOfPages.ShouldBeGreaterThan(5);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        foreach (var i in new[] { 1, 99, 200 }) text.ShouldContain($"Line {i:000}:");
        text.ShouldContain("Amount due200.00 EUR");

        // A description longer than a page goes on over the next; a word wider than the column is cut, not lost.
        var tall = string.Join("\n", Enumerable.Range(1, 150).Select(i => $"verse {i:000}"));
        var wide = "https://example.com/" + new string('x', 600) + "END";
        var odd = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id,
            lines = new[] { new { description = tall, amount = 1m }, new { description = wide, amount = 2m } } })).ReadAsync<InvoiceDto>();
        using var oddPdf = PdfDocument.Open(await PdfAsync(studio.Http, $"/api/invoices/{odd.Id}/pdf"));
        var oddText = string.Concat(oddPdf.GetPages().Select(p => p.Text));
        foreach (var expected in new[] { "verse 001", "verse 075", "verse 150", "END", "Amount due3.00 EUR" }) oddText.ShouldContain(expected);
        foreach (var page in oddPdf.GetPages())
            page.GetWords().ShouldAllBe(w => w.BoundingBox.Right <= page.Width && w.BoundingBox.Bottom >= 0, "nothing runs off the page");
    }

    private static string Plain(decimal amount) => Domain.Studio.Currencies.Plain(amount, "EUR");

    [Fact]
    public async Task A_studio_writing_money_in_french_gets_it_so_on_its_pages_and_pdfs_and_an_unknown_culture_is_refused()
    {
        var studio = await CreateAsync(platform, "invoicefr");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<StudioSettingsDto>();
        (await (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { Culture = "xx-YY" })).ProblemAsync(400))
            .GetProperty("errors").TryGetProperty("culture", out _).ShouldBeTrue();
        var saved = await (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { Culture = "fr-fr", TaxPercent = 20 })).ReadAsync<StudioSettingsDto>();
        saved.Culture.ShouldBe("fr-FR");
        var session = await (await studio.BookAsync(studio.RoomA.Id, null, At(10), At(12), "Prise de voix")).ReadAsync<SessionDto>();
        session.Price!.Gross.ShouldBe(192m, "the API keeps numbers as numbers");
        var draft = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { session.Id },
            lines = new[] { new { description = "Mastering", amount = 1000m } } })).ReadAsync<InvoiceDto>();
        var text = Text(await PdfAsync(studio.Http, $"/api/invoices/{draft.Id}/pdf"));
        text.ShouldContain("1\u202f392,00 €", customMessage: text); // 160 + 1000 net, + 20 %
        text.ShouldContain("1\u202f000,00", customMessage: text);
        text.ShouldContain("Tax 20 % on 1\u202f160,00", customMessage: text);

        var browser = platform.App.ClientFor(studio.Subdomain);
        (await browser.PostJsonAsync("/api/auth/login", new { email = PlatformFixture.OwnerEmail(studio.Subdomain), password = PlatformFixture.OwnerPassword })).EnsureSuccessStatusCode();
        var page = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync($"/sessions/{session.Id}"));
        page.ShouldContain("192,00 €");
        System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync($"/invoices/{draft.Id}")).ShouldContain("1\u202f392,00 €");
    }
}
