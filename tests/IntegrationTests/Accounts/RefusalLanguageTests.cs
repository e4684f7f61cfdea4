using System.Net;
using RecordingStudio.Application.Platform.Tenants.SetTenantLanguage;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Quotes;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.TestSupport;
using static RecordingStudio.IntegrationTests.Support.Pdfs;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Accounts;

/// <summary>
/// What the product says when it refuses, and the documents it sends, in the reader's language: the API in the caller's
/// Accept-Language (English without one), pages in the page's language, quotes and invoices in their client's.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RefusalLanguageTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_api_refuses_in_the_callers_language_and_in_english_without_one()
    {
        var studio = await CreateAsync(platform, "refusefr");
        (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(12), "Album")).EnsureSuccessStatusCode();
        var french = platform.App.ClientFor(studio.Subdomain);
        french.DefaultRequestHeaders.Authorization = studio.Http.DefaultRequestHeaders.Authorization;
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");

        // A conflict: the same sentence, with the same facts, in each language; the code does not change.
        var clash = new { clientId = studio.Client.Id, roomId = studio.RoomA.Id, startsAt = At(11), endsAt = At(13), title = "Voix" };
        var inFrench = await (await french.PostJsonAsync("/api/sessions", clash)).ProblemAsync(409);
        inFrench.GetProperty("code").GetString().ShouldBe("session_overlap");
        inFrench.GetProperty("title").GetString().ShouldBe("Conflit.");
        inFrench.GetProperty("detail").GetString().ShouldStartWith("La salle est déjà réservée de ");
        inFrench.GetProperty("detail").GetString()!.ShouldContain("(« Album »)");
        var inEnglish = await (await studio.Http.PostJsonAsync("/api/sessions", clash)).ProblemAsync(409);
        inEnglish.GetProperty("detail").GetString().ShouldStartWith("The room is already booked from ");

        // A validation message of FluentValidation's own, naming the field in French, and one of ours.
        var empty = await (await french.PostJsonAsync("/api/rooms", new { name = "", hourlyRate = 80 })).ProblemAsync(400);
        empty.GetProperty("title").GetString().ShouldBe("Un ou plusieurs champs ne sont pas valides.");
        empty.GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("'Nom' ne doit pas être vide.");
        var both = await (await french.PostJsonAsync("/api/sessions", new
            { clientId = studio.Client.Id, roomId = studio.RoomB.Id, startsAt = At(15), endsAt = At(16), hold = true, tentative = true })).ProblemAsync(400);
        both.GetProperty("errors").GetProperty("tentative")[0].GetString().ShouldBe("Une séance est une option ou provisoire, pas les deux.");
        var englishEmpty = await (await studio.Http.PostJsonAsync("/api/rooms", new { name = "", hourlyRate = 80 })).ProblemAsync(400);
        englishEmpty.GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("'Name' must not be empty.");

        // Something missing, a value the reader cannot send, and a rule of the domain.
        var missing = await (await french.GetAsync($"/api/rooms/{Guid.NewGuid()}")).ProblemAsync(404);
        missing.GetProperty("detail").GetString().ShouldStartWith("Salle « ");
        missing.GetProperty("detail").GetString()!.ShouldEndWith("» introuvable.");
        var unreadable = await (await french.PostJsonAsync("/api/rooms", new { name = "Salle C", hourlyRate = "80" })).ProblemAsync(400);
        unreadable.GetProperty("detail").GetString().ShouldBe("« hourlyRate » doit être un nombre dans les limites.");
        var cancelled = await (await studio.BookAsync(studio.RoomB.Id, null, At(15), At(16), "Annulée")).ReadAsync<SessionDto>();
        (await french.PostAsync($"/api/sessions/{cancelled.Id}/cancel", null)).EnsureSuccessStatusCode();
        var again = await (await french.PostAsync($"/api/sessions/{cancelled.Id}/cancel", null)).ProblemAsync(409);
        again.GetProperty("detail").GetString().ShouldBe("On ne peut pas annuler une séance annulée.");

        // A role's refusal names the operation for the program and says it in words for the person.
        var engineerKey = (await (await studio.Http.PostJsonAsync("/api/api-keys", new { name = "Eng", role = "Engineer" }))
            .ReadAsync<Application.Accounts.ApiKeys.CreatedApiKeyDto>()).Key;
        var engineer = platform.App.ClientFor(studio.Subdomain);
        engineer.DefaultRequestHeaders.Add("X-Api-Key", engineerKey);
        engineer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var forbidden = await (await engineer.PutJsonAsync("/api/studio/language", new { language = "fr" })).ProblemAsync(403);
        forbidden.GetProperty("detail").GetString().ShouldBe("Un compte ayant le rôle « ingénieur du son » ne peut pas faire cela.");
        forbidden.GetProperty("action").GetString().ShouldBe("SetStudioLanguage");

        // The framework's own answers too: an unknown route, a missing sign-in (and "fr;q=0" means "not French").
        (await (await french.GetAsync("/api/no-such-route")).ProblemAsync(404)).GetProperty("title").GetString().ShouldBe("Introuvable");
        var anonymous = platform.App.ClientFor(studio.Subdomain);
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        (await (await anonymous.GetAsync("/api/rooms")).ProblemAsync(401)).GetProperty("title").GetString().ShouldBe("Non authentifié");
        var notFrench = platform.App.ClientFor(studio.Subdomain);
        notFrench.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr;q=0, en;q=0.5");
        (await (await notFrench.GetAsync("/api/rooms")).ProblemAsync(401)).GetProperty("title").GetString().ShouldBe("Unauthorized");

        // Where there is no studio to take a language from, the caller's is used.
        var nowhere = platform.App.ClientFor("no-such-studio-fr");
        nowhere.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var unknown = await (await nowhere.GetAsync("/api/rooms")).ProblemAsync(404);
        unknown.GetProperty("title").GetString().ShouldBe("Studio indisponible.");
        unknown.GetProperty("detail").GetString()!.ShouldStartWith("Il n'y a pas de studio à « ");
    }

    [Fact]
    public async Task A_french_page_says_why_it_refused_in_french()
    {
        var studio = await CreateAsync(platform, "refusepage");
        await platform.SendAsync(new SetTenantLanguageCommand(studio.Subdomain, "fr"));
        platform.ForgetStudio(studio.Subdomain);
        await studio.Http.PostJsonAsync("/api/sessions", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id, startsAt = At(10), endsAt = At(12), hold = true });
        var second = await (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id, startsAt = At(10), endsAt = At(12), hold = true }))
            .ReadAsync<SessionDto>();
        var browser = platform.App.ClientFor(studio.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(studio.Subdomain), PlatformFixture.OwnerPassword);

        var confirm = await browser.PostFormAsync($"/sessions/{second.Id}?handler=Confirm", await browser.FormTokenAsync($"/sessions/{second.Id}"), new Dictionary<string, string>());
        var refused = WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync());
        refused.ShouldContain("Studio A est en option");
        refused.ShouldContain("pour Lena Diaz (1re option");
        refused.ShouldNotContain("is held");

        // The terms of a cancellation, shown before confirming it.
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { CancellationPolicy = new(48, 50, false) })).EnsureSuccessStatusCode();
        var booked = await (await studio.BookAsync(studio.RoomB.Id, null, At(14), At(16), "Mix")).ReadAsync<SessionDto>();
        WebUtility.HtmlDecode(await browser.GetStringAsync($"/sessions/{booked.Id}")).ShouldContain("h avant la séance (moins de 48 h) : des frais de ");
    }

    [Fact]
    public async Task Quotes_and_invoices_reach_the_client_in_their_language_and_their_pdfs_too()
    {
        var studio = await CreateAsync(platform, "docsfr");
        await platform.SendAsync(new SetTenantLanguageCommand(studio.Subdomain, "fr"));
        platform.ForgetStudio(studio.Subdomain);
        var email = $"lena@{studio.Subdomain}.test";
        (await studio.Http.PutJsonAsync($"/api/clients/{studio.Client.Id}", new { name = "Lena Diaz", email })).EnsureSuccessStatusCode();
        var session = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(12), "Voix")).ReadAsync<SessionDto>();

        var quote = await (await studio.Http.PostJsonAsync("/api/quotes", new { clientId = studio.Client.Id, sessionIds = new[] { session.Id } })).ReadAsync<QuoteDto>();
        // Its line is written for the client, its price's basis in the studio's words.
        quote.Lines.ShouldHaveSingleItem().Description.ShouldContain(", avec Sam Keller (2 h × ");
        quote.Lines[0].Description.ShouldContain(" + ingénieur du son 2 h × ");
        (await studio.Http.PostAsync($"/api/quotes/{quote.Id}/send", null)).EnsureSuccessStatusCode();
        var quoteMail = platform.MessagesTo(email).Last();
        quoteMail.Subject.ShouldStartWith("Devis ");
        (quoteMail.TextBody ?? "").ShouldStartWith("Bonjour Lena Diaz,");
        (quoteMail.TextBody ?? "").ShouldContain("L'accepter confirme les séances qu'il liste.");
        Text(await PdfAsync(studio.Http, $"/api/quotes/{quote.Id}/pdf")).ShouldContain("Valable jusqu'au");

        var draft = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { session.Id } })).ReadAsync<InvoiceDto>();
        var invoice = await (await studio.Http.PostAsync($"/api/invoices/{draft.Id}/issue", null)).ReadAsync<InvoiceDto>();
        (await studio.Http.PostAsync($"/api/invoices/{invoice.Id}/send", null)).EnsureSuccessStatusCode();

        // A refusal names amounts as the studio writes money (here fr-FR), in the caller's language.
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { Culture = "fr-FR" })).EnsureSuccessStatusCode();
        var frenchCaller = platform.App.ClientFor(studio.Subdomain);
        frenchCaller.DefaultRequestHeaders.Authorization = studio.Http.DefaultRequestHeaders.Authorization;
        frenchCaller.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var overpaid = await (await frenchCaller.PostJsonAsync($"/api/invoices/{invoice.Id}/payments",
            new { amount = invoice.Balance + 1000m, method = "transfer", paidOn = invoice.IssuedOn })).ProblemAsync(409);
        overpaid.GetProperty("detail").GetString()!.ShouldMatch(@"^Il reste [\d\u202f\u00a0 ]+,\d\d € à payer sur la facture .+ ; [\d\u202f\u00a0 ]+,\d\d € dépasse ce montant\.$");
        var overCredited = await (await frenchCaller.PostJsonAsync($"/api/invoices/{invoice.Id}/credit-notes",
            new { lines = new[] { new { description = "Geste", amount = invoice.Net + 1000m, taxPercent = 0m } } })).ProblemAsync(409);
        overCredited.GetProperty("detail").GetString()!.ShouldMatch(@"^La facture .+ porte [\d\u202f\u00a0 ]+,\d\d € HT au taux de 0 % : un avoir reprend au plus ");
        var invoiceMail = platform.MessagesTo(email).Last();
        invoiceMail.Subject.ShouldStartWith($"Facture {invoice.Number} de ");
        (invoiceMail.TextBody ?? "").ShouldContain("Veuillez trouver ci-joint la facture");
        (invoiceMail.TextBody ?? "").ShouldContain("Reste à payer : ");
        var pdf = Text(await PdfAsync(studio.Http, $"/api/invoices/{invoice.Id}/pdf"));
        foreach (var expected in new[] { $"Facture {invoice.Number}", "Facturé à", "Émise le", "Reste à payer", "Description" }) pdf.ShouldContain(expected, customMessage: pdf);
        pdf.ShouldNotContain("Amount due");

        // The client chose English in their portal: the documents made from then on follow them, whatever the studio
        // speaks, and the one already sent stays as it was sent (its lines were written in French).
        var (_, portal) = await studio.PortalClientAsync(platform, "client-portal-password-1");
        (await portal.PostFormAsync("/language", await portal.FormTokenAsync("/client/sessions"), new Dictionary<string, string> { ["language"] = "en" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Text(await PdfAsync(studio.Http, $"/api/invoices/{invoice.Id}/pdf")).ShouldContain($"Facture {invoice.Number}");
        var later = await (await studio.BookAsync(studio.RoomB.Id, null, At(14), At(16), "Mix")).ReadAsync<SessionDto>();
        var next = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { later.Id } })).ReadAsync<InvoiceDto>();
        Text(await PdfAsync(studio.Http, $"/api/invoices/{next.Id}/pdf")).ShouldContain("Draft invoice");
    }

    [Fact]
    public async Task A_clients_calendar_speaks_their_language_whatever_the_calendar_app_asks()
    {
        var studio = await CreateAsync(platform, "icsfr");
        await platform.SendAsync(new SetTenantLanguageCommand(studio.Subdomain, "fr"));
        platform.ForgetStudio(studio.Subdomain);
        var (_, portal) = await studio.PortalClientAsync(platform, "client-portal-password-1");
        var session = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(12), "Voix")).ReadAsync<SessionDto>();
        var feed = await (await portal.PostAsync("/api/portal/ical-feed", null)).ReadAsync<Application.Studio.Portal.CreateMyCalendarFeed.MyCalendarFeedDto>();
        var calendarApp = platform.App.ClientFor(studio.Subdomain);
        calendarApp.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        string Unfolded(string ics) => ics.Replace("\r\n ", "");

        // The studio's language until the client chooses: the calendar app's own does not matter.
        var french = Unfolded(await calendarApp.GetStringAsync(new Uri(feed.Url).AbsolutePath));
        french.ShouldContain("SUMMARY:Voix chez ");
        french.ShouldContain("DESCRIPTION:Ingénieur du son : Sam Keller");

        // The client chose English in a French studio: their feed and their session's file follow them.
        (await portal.PostFormAsync("/language", await portal.FormTokenAsync("/client/sessions"), new Dictionary<string, string> { ["language"] = "en" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        calendarApp.DefaultRequestHeaders.AcceptLanguage.Clear();
        calendarApp.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        Unfolded(await calendarApp.GetStringAsync(new Uri(feed.Url).AbsolutePath)).ShouldContain("SUMMARY:Voix at ");
        portal.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        Unfolded(await portal.GetStringAsync($"/api/portal/sessions/{session.Id}/calendar.ics")).ShouldContain("SUMMARY:Voix at ");
    }
}
