using System.Net;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.CountClients;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Api;

[Collection(PlatformCollection.Name)]
public sealed class ClientsApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task Create_get_update_and_archive_a_client()
    {
        var (_, http) = await platform.CreateStudioAsync("clients");

        var created = await http.PostJsonAsync("/api/clients", new { name = "  Lena Diaz ", email = "LENA@example.com", artistName = "Lena D" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var lena = await created.ReadAsync<ClientDto>();
        created.Headers.Location!.ToString().ShouldBe($"/api/clients/{lena.Id}");
        (lena.Name, lena.Email, lena.ArtistName, lena.IsArchived).ShouldBe(("Lena Diaz", "lena@example.com", "Lena D", false));

        (await (await http.GetAsync($"/api/clients/{lena.Id}")).ReadAsync<ClientDto>()).ShouldBe(lena);

        var updated = await (await http.PutJsonAsync($"/api/clients/{lena.Id}", new { name = "Lena Díaz", phone = "+33 6 12 34 56 78", notes = "Prefers tape" }))
            .ReadAsync<ClientDto>();
        (updated.Name, updated.Phone, updated.Notes, updated.Email).ShouldBe(("Lena Díaz", "+33 6 12 34 56 78", "Prefers tape", null));

        var archived = await (await http.PostAsync($"/api/clients/{lena.Id}/archive", null)).ReadAsync<ClientDto>();
        archived.IsArchived.ShouldBeTrue();
        (await (await http.GetAsync("/api/clients")).ReadAsync<PagedResult<ClientDto>>()).TotalCount.ShouldBe(0);
        (await (await http.GetAsync("/api/clients?includeArchived=true")).ReadAsync<PagedResult<ClientDto>>()).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task List_searches_pages_and_counts()
    {
        var (_, http) = await platform.CreateStudioAsync("clientlist");
        foreach (var name in new[] { "Ana", "Bea", "Carla", "Dora", "Elena" })
            (await http.PostJsonAsync("/api/clients", new { name, artistName = name == "Dora" ? "Lunar Band" : null })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var page2 = await (await http.GetAsync("/api/clients?page=2&pageSize=2")).ReadAsync<PagedResult<ClientDto>>();
        page2.Items.Select(c => c.Name).ShouldBe(["Carla", "Dora"]);
        (page2.TotalCount, page2.Page, page2.PageSize).ShouldBe((5, 2, 2));

        var search = await (await http.GetAsync("/api/clients?search=LUNAR")).ReadAsync<PagedResult<ClientDto>>();
        search.Items.Single().Name.ShouldBe("Dora");
        search.TotalCount.ShouldBe(1);

        (await (await http.GetAsync("/api/clients/count")).ReadAsync<ClientCountDto>()).Count.ShouldBe(5);
    }

    [Fact]
    public async Task Unknown_client_is_404_problem()
    {
        var (_, http) = await platform.CreateStudioAsync("clients404");
        var problem = await (await http.GetAsync($"/api/clients/{Guid.NewGuid()}")).ProblemAsync(404);
        problem.GetProperty("code").GetString().ShouldBe("not_found");
        await (await http.PutJsonAsync($"/api/clients/{Guid.NewGuid()}", new { name = "X" })).ProblemAsync(404);
    }
}
