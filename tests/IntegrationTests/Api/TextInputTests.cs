using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Infrastructure.Email;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>Text PostgreSQL or an e-mail header cannot carry is a 400 naming the field, on every way in; nothing is kept.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TextInputTests(PlatformFixture platform)
{
    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task ShouldNameAsync(HttpResponseMessage response, string field) =>
        (await response.ProblemAsync(400)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task A_nul_character_is_a_400_naming_the_field_in_bodies_queries_and_anonymous_sign_in()
    {
        var (tenant, http) = await platform.CreateStudioAsync("nul");
        await ShouldNameAsync(await http.PostAsync("/api/clients", Raw("""{"name": "Lena\u0000Diaz"}""")), "name");
        await ShouldNameAsync(await http.PostAsync("/api/clients", Raw("""{"name": "Lena", "notes": "a\u0000b"}""")), "notes");
        await ShouldNameAsync(await http.GetAsync("/api/clients?search=%00"), "search");
        var anonymous = platform.App.ClientFor(tenant.Subdomain);
        await ShouldNameAsync(await anonymous.PostAsync("/api/auth/token", Raw("""{"email": "a\u0000@x.test", "password": "whatever-123"}""")), "email");
        await ShouldNameAsync(await anonymous.PostAsync("/api/portal/login", Raw("""{"email": "lena@x.test", "password": "\u0000"}""")), "password");
        (await (await http.GetAsync("/api/clients")).ReadAsync<PagedResult<ClientDto>>()).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Line_breaks_are_refused_in_one_line_fields_and_kept_in_notes()
    {
        var studio = await CreateAsync(platform, "crlf");
        await ShouldNameAsync(await studio.Http.PostJsonAsync("/api/rooms", new { name = "Evil\r\nBcc: attacker@evil.test", hourlyRate = 10 }), "name");
        await ShouldNameAsync(await studio.BookAsync(studio.RoomA.Id, null, At(10), At(12), "Take\n2"), "title");
        await ShouldNameAsync(await studio.Http.PostJsonAsync("/api/staff/invitations",
            new { email = "eve@example.com", displayName = "Eve\r\nBcc: attacker@evil.test", role = "manager" }), "displayName");

        var client = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Omar Khan", notes = "Prefers mornings.\r\n\tBrings his own mics." })).ReadAsync<ClientDto>();
        client.Notes.ShouldBe("Prefers mornings.\r\n\tBrings his own mics.");
    }

    [Fact]
    public async Task A_signup_with_a_nul_in_the_owner_name_is_a_400_and_leaves_no_studio_behind()
    {
        var subdomain = PlatformFixture.UniqueSubdomain("nulsignup");
        var response = await platform.App.ApexClient().PostJsonAsync("/api/signup", new
        {
            studio = new { name = "Nul Studio", subdomain, timeZone = "Europe/Paris", currency = "EUR" },
            account = new { name = "Mara\0Boo", email = $"mara@{subdomain}.test" },
            security = new { password = "password-123", confirmPassword = "password-123", acceptTerms = true },
        });
        await ShouldNameAsync(response, "account.name");
        (await platform.PlatformScalarAsync($"SELECT count(*) FROM organizations WHERE subdomain = '{subdomain}'")).ShouldBe(0L);
    }

    [Fact]
    public async Task Session_times_finer_than_a_microsecond_are_read_at_the_stored_precision()
    {
        var studio = await CreateAsync(platform, "micro");
        var start = new DateTimeOffset(At(10).Ticks + 1, TimeSpan.Zero);
        var tooShort = await studio.Http.PostAsync("/api/sessions", Raw(
            $$"""{"clientId": "{{studio.Client.Id}}", "roomId": "{{studio.RoomA.Id}}", "startsAt": "{{start:O}}", "endsAt": "{{start.AddTicks(1):O}}"}"""));
        await ShouldNameAsync(tooShort, "endsAt");

        var booked = await (await studio.BookAsync(studio.RoomA.Id, null, At(10).AddTicks(7), At(12).AddTicks(3))).ReadAsync<SessionDto>();
        (booked.StartsAt, booked.EndsAt).ShouldBe((At(10), At(12)));
    }

    [Fact]
    public async Task A_page_form_with_a_nul_is_refused_before_the_page_reads_it()
    {
        var (tenant, _) = await platform.CreateStudioAsync("nulpage");
        var browser = platform.App.ClientFor(tenant.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(tenant.Subdomain), PlatformFixture.OwnerPassword);
        var token = await browser.FormTokenAsync("/clients");
        var refused = await browser.PostFormAsync("/clients?handler=Add", token, new Dictionary<string, string> { ["NewClient.Name"] = "Lena\0" });
        (await refused.ProblemAsync(400)).GetProperty("detail").GetString()!.ShouldContain("U+0000");

        // A line break, which a form can carry, is a field error on the page.
        var page = await browser.PostFormAsync("/clients?handler=Add", token, new Dictionary<string, string> { ["NewClient.Name"] = "Lena\r\nDiaz" });
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("must be a single line");
    }

    [Fact]
    public async Task E_mail_headers_are_encoded_so_text_cannot_add_a_header()
    {
        var outbox = Path.Combine(Path.GetTempPath(), "rsm-test-mime-" + Guid.NewGuid().ToString("N")[..8]);
        var sender = new OutboxEmailSender(Options.Create(new EmailOptions { OutboxDirectory = outbox }), TimeProvider.System,
            NullLogger<OutboxEmailSender>.Instance);
        await sender.SendAsync(new EmailMessage("lena@example.com", "Evil\r\nBcc: attacker@evil.test", "Hello"), CancellationToken.None);

        var file = Directory.GetFiles(outbox).ShouldHaveSingleItem();
        var message = MimeMessage.Load(file);
        message.Bcc.ShouldBeEmpty();
        message.Headers.Count(h => h.Field == "Bcc").ShouldBe(0);
        message.To.Mailboxes.Single().Address.ShouldBe("lena@example.com");
        File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, "a message may hold a one-time link");
        Directory.Delete(outbox, recursive: true);
    }
}
