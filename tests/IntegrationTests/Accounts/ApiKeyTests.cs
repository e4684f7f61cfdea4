using System.Net;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Accounts.ApiKeys;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Accounts;

[Collection(PlatformCollection.Name)]
public sealed class ApiKeyTests(PlatformFixture platform)
{
    private HttpClient WithKey(string subdomain, string key)
    {
        var http = platform.App.ClientFor(subdomain);
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    [Fact]
    public async Task An_owner_creates_a_key_shown_once_that_works_until_revoked()
    {
        var (tenant, owner) = await platform.CreateStudioAsync("apikey");
        var created = await owner.PostJsonAsync("/api/api-keys", new { name = "Booking website" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var key = await created.ReadAsync<CreatedApiKeyDto>();
        key.Key.ShouldStartWith($"rsm_{key.Prefix}_");
        key.Role.ShouldBe(Domain.Accounts.AccountRole.Manager);

        var listed = await (await owner.GetAsync("/api/api-keys")).Content.ReadAsStringAsync();
        listed.ShouldContain(key.Prefix);
        listed.ShouldNotContain(key.Key);

        var integration = WithKey(tenant.Subdomain, key.Key);
        (await integration.PostJsonAsync("/api/clients", new { name = "Booked online" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await integration.GetAsync("/api/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var asBearer = platform.App.ClientFor(tenant.Subdomain);
        asBearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Key);
        (await asBearer.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.OK, "the key as a bearer token, as MCP clients send it");

        (await owner.DeleteAsync($"/api/api-keys/{key.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await integration.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await owner.GetAsync("/api/api-keys")).ReadAsync<PagedResult<ApiKeyDto>>()).Items.Single().RevokedAt.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("rsm_0123456789ab_notarealsecret")]
    [InlineData("garbage")]
    [InlineData("")]
    public async Task Unknown_or_malformed_keys_are_401(string key)
    {
        var (tenant, _) = await platform.CreateStudioAsync("badkey");
        (await WithKey(tenant.Subdomain, key).GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Only_owners_manage_keys_and_keys_cannot_be_owners()
    {
        var (_, owner) = await platform.CreateStudioAsync("keyrole");
        var problem = await (await owner.PostJsonAsync("/api/api-keys", new { name = "Too strong", role = "owner" })).ProblemAsync(400);
        problem.GetProperty("errors").TryGetProperty("role", out _).ShouldBeTrue();
    }
}
