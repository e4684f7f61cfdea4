using System.Net;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Accounts;

[Collection(PlatformCollection.Name)]
public sealed class StaffTests(PlatformFixture platform)
{
    private const string NewPassword = "engineer-password-1";

    /// <summary>Owner invites an engineer; the engineer follows the e-mailed link and signs in.</summary>
    private async Task<(StudioSeed Studio, AccountDto Account, HttpClient EngineerHttp, string Email)> EngineerAsync(string prefix)
    {
        var studio = await CreateAsync(platform, prefix);
        var email = $"sam@{prefix}-{Guid.NewGuid():N}.test";
        var invited = await studio.Http.PostJsonAsync("/api/staff/invitations",
            new { email, displayName = "Sam Keller", role = "engineer", engineerId = studio.Sam.Id });
        invited.StatusCode.ShouldBe(HttpStatusCode.Created);
        var account = await invited.ReadAsync<AccountDto>();
        account.HasPassword.ShouldBeFalse();

        var (userId, token, link) = platform.LatestSetPasswordLink(email);
        link.ShouldStartWith($"http://{studio.Http.BaseAddress!.Host}:8080/set-password?");
        userId.ShouldBe(account.Id);
        var anonymous = platform.App.ClientFor(studio.Subdomain);
        (await anonymous.PostJsonAsync("/api/auth/set-password", new { userId, token, password = NewPassword, confirmPassword = NewPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await anonymous.SignInWithTokenAsync(email, NewPassword);
        return (studio, account, anonymous, email);
    }

    [Fact]
    public async Task An_invited_engineer_reads_everything_books_sessions_and_manages_nothing_else()
    {
        var (studio, _, engineer, _) = await EngineerAsync("invite");

        (await engineer.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await engineer.PostJsonAsync("/api/sessions", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id, engineerId = studio.Sam.Id, startsAt = At(10), endsAt = At(12) }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        foreach (var refused in new[]
                 {
                     await engineer.PostJsonAsync("/api/clients", new { name = "Not mine to add" }),
                     await engineer.PutJsonAsync($"/api/rooms/{studio.RoomA.Id}", new { name = "Renamed", hourlyRate = 1 }),
                     await engineer.GetAsync("/api/staff"),
                     await engineer.PostJsonAsync("/api/api-keys", new { name = "mine" }),
                     await engineer.PutJsonAsync("/api/studio/settings", new { studioName = "X", timeZone = "UTC", currency = "EUR", opensAt = "09:00:00", closesAt = "18:00:00" }),
                 })
            (await refused.ProblemAsync(403)).GetProperty("code").GetString().ShouldBe("forbidden");
    }

    [Fact]
    public async Task A_used_or_forged_token_is_refused_naming_the_token()
    {
        var (studio, account, engineer, email) = await EngineerAsync("reuse");
        var (userId, token, _) = platform.LatestSetPasswordLink(email);
        var reused = await engineer.PostJsonAsync("/api/auth/set-password", new { userId, token, password = "another-password", confirmPassword = "another-password" });
        (await reused.ProblemAsync(400)).GetProperty("errors").TryGetProperty("token", out _).ShouldBeTrue();
        var forged = await studio.Http.PostJsonAsync("/api/auth/set-password", new { userId = account.Id, token = "forged", password = "another-password", confirmPassword = "another-password" });
        await forged.ProblemAsync(400);
    }

    [Fact]
    public async Task Deactivating_an_account_ends_its_credentials_at_once()
    {
        var (studio, account, engineer, email) = await EngineerAsync("deactivate");
        (await studio.Http.PostAsync($"/api/staff/{account.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await engineer.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await platform.App.ClientFor(studio.Subdomain).PostJsonAsync("/api/auth/token", new { email, password = NewPassword })).ProblemAsync(401);
    }

    [Fact]
    public async Task The_last_owner_cannot_be_demoted_or_deactivated()
    {
        var studio = await CreateAsync(platform, "lastowner");
        var owner = (await (await studio.Http.GetAsync("/api/staff")).ReadAsync<PagedResult<AccountDto>>()).Items.Single();
        (await (await studio.Http.PostAsync($"/api/staff/{owner.Id}/deactivate", null)).ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("last_owner");
        await (await studio.Http.PutJsonAsync($"/api/staff/{owner.Id}/role", new { role = "manager" })).ProblemAsync(409);
    }

    [Fact]
    public async Task Engineer_invitations_must_name_the_engineer_record()
    {
        var studio = await CreateAsync(platform, "needsengineer");
        var problem = await (await studio.Http.PostJsonAsync("/api/staff/invitations", new { email = "x@example.com", displayName = "X", role = "engineer" })).ProblemAsync(400);
        problem.GetProperty("errors").TryGetProperty("engineerId", out _).ShouldBeTrue();
        var manager = await studio.Http.PostJsonAsync("/api/staff/invitations", new { email = "m@example.com", displayName = "Mia Manager", role = "manager" });
        (await manager.ReadAsync<AccountDto>()).Role.ShouldBe(Domain.Accounts.AccountRole.Manager);
        await (await studio.Http.PostJsonAsync("/api/staff/invitations", new { email = "M@example.com", displayName = "Twice", role = "manager" })).ProblemAsync(409);
    }

    [Fact]
    public async Task Forgot_password_mails_a_reset_link_only_to_existing_accounts_and_answers_the_same()
    {
        var (tenant, _) = await platform.CreateStudioAsync("forgot");
        var http = platform.App.ClientFor(tenant.Subdomain);
        var email = PlatformFixture.OwnerEmail(tenant.Subdomain);
        var stranger = $"stranger@{tenant.Subdomain}.test";

        (await http.PostJsonAsync("/api/auth/forgot-password", new { email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await http.PostJsonAsync("/api/auth/forgot-password", new { email = stranger })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        platform.MessagesTo(stranger).ShouldBeEmpty();

        var (userId, token, _) = platform.LatestSetPasswordLink(email);
        (await http.PostJsonAsync("/api/auth/set-password", new { userId, token, password = "brand-new-password", confirmPassword = "brand-new-password" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await http.PostJsonAsync("/api/auth/token", new { email, password = PlatformFixture.OwnerPassword })).ProblemAsync(401);
        await http.SignInWithTokenAsync(email, "brand-new-password");
    }
}
