using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class StudioIsolationTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_studios_data_never_appears_on_another_studios_host()
    {
        var a = await CreateAsync(platform, "iso-a");
        var b = await CreateAsync(platform, "iso-b");
        var session = await (await a.BookAsync(a.RoomA.Id, a.Sam.Id, At(10), At(12))).ReadAsync<SessionDto>();

        var bClients = await (await b.Http.GetAsync("/api/clients?includeArchived=true")).ReadAsync<PagedResult<ClientDto>>();
        bClients.Items.Select(c => c.Id).ShouldNotContain(a.Client.Id);
        (await (await b.Http.GetAsync("/api/sessions")).ReadAsync<PagedResult<SessionDto>>()).TotalCount.ShouldBe(0);

        foreach (var url in new[] { $"/api/clients/{a.Client.Id}", $"/api/sessions/{session.Id}" })
            await (await b.Http.GetAsync(url)).ProblemAsync(404);
        await (await b.Http.PutJsonAsync($"/api/clients/{a.Client.Id}", new { name = "Hijacked" })).ProblemAsync(404);
        await (await b.Http.PostAsync($"/api/sessions/{session.Id}/cancel", null)).ProblemAsync(404);
        await (await b.Http.PutJsonAsync($"/api/rooms/{a.RoomA.Id}", new { name = "Hijacked", hourlyRate = 1 })).ProblemAsync(404);
        // B cannot book with A's room, engineer or client either.
        await (await b.Http.PostJsonAsync("/api/sessions", new { clientId = a.Client.Id, roomId = b.RoomA.Id, startsAt = At(10), endsAt = At(12) })).ProblemAsync(404);
        await (await b.BookAsync(a.RoomA.Id, null, At(10), At(12))).ProblemAsync(404);

        (await (await a.Http.GetAsync($"/api/clients/{a.Client.Id}")).ReadAsync<ClientDto>()).Name.ShouldBe("Lena Diaz");
        (await (await a.Http.GetAsync($"/api/sessions/{session.Id}")).ReadAsync<SessionDto>()).Status.ShouldBe(Domain.Studio.SessionStatus.Confirmed);
    }

    [Fact]
    public async Task Unknown_studio_is_404_with_a_stable_code()
    {
        var problem = await (await platform.App.ClientFor("no-such-studio").GetAsync("/api/clients")).ProblemAsync(404);
        problem.GetProperty("code").GetString().ShouldBe("studio_not_found");
        problem.GetProperty("detail").GetString().ShouldBe("There is no studio at 'no-such-studio.localhost'.");
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    public async Task A_refusal_is_answered_as_problem_json_even_to_a_caller_that_does_not_ask_for_json(string accept)
    {
        var studio = await CreateAsync(platform, "accept");
        foreach (var (client, url, code) in new[]
                 {
                     (platform.App.ClientFor("no-such-studio"), "/api/rooms", "studio_not_found"),
                     (studio.Http, $"/api/rooms/{Guid.NewGuid()}", "not_found"),
                 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd(accept);
            var response = await client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{url} with Accept: {accept}");
            (await response.ProblemAsync(404)).GetProperty("code").GetString().ShouldBe(code);
        }
    }

    [Fact]
    public async Task A_person_who_mistypes_a_studios_address_gets_a_page_that_points_to_signup()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await platform.App.ClientFor("no-such-studio").SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("There is no studio at no-such-studio.localhost. Check the address, or create your own studio.");
        page.ShouldContain("/signup\">Create your own studio</a>");

        // In the browser's language: there is no studio to have one.
        using var french = new HttpRequestMessage(HttpMethod.Get, "/login");
        french.Headers.Accept.ParseAdd("text/html");
        french.Headers.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
        var page2 = System.Net.WebUtility.HtmlDecode(await (await platform.App.ClientFor("no-such-studio").SendAsync(french)).Content.ReadAsStringAsync());
        page2.ShouldContain("<html lang=\"fr\">");
        page2.ShouldContain("Il n'y a pas de studio à l'adresse no-such-studio.localhost.");
    }

    [Fact]
    public async Task Studio_endpoints_do_not_exist_on_the_apex_and_platform_ones_not_on_studios()
    {
        var apex = platform.App.ApexClient();
        (await (await apex.GetAsync("/api/clients")).ProblemAsync(404)).GetProperty("code").GetString().ShouldBe("studio_required");
        (await (await platform.App.CreateClient(new() { BaseAddress = new Uri("http://www.localhost") }).GetAsync("/api/sessions")).ProblemAsync(404))
            .GetProperty("code").GetString().ShouldBe("studio_required");

        var (_, studio) = await platform.CreateStudioAsync("platformonly");
        (await (await studio.GetAsync("/api/tenants/availability?subdomain=abc")).ProblemAsync(404))
            .GetProperty("code").GetString().ShouldBe("platform_required");
    }

    [Fact]
    public async Task Foreign_hosts_are_refused_by_host_filtering()
    {
        var foreign = platform.App.CreateClient(new() { BaseAddress = new Uri("http://evil.example") });
        (await foreign.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Suspended_studio_is_403_with_a_stable_code_and_answers_again_when_resumed()
    {
        var (tenant, http) = await platform.CreateStudioAsync("suspend");
        (await http.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await SetStatusAsync(tenant.Subdomain, "Suspended");
        var problem = await (await http.GetAsync("/api/clients")).ProblemAsync(403);
        problem.GetProperty("code").GetString().ShouldBe("studio_suspended");

        await SetStatusAsync(tenant.Subdomain, "Active");
        (await http.GetAsync("/api/clients")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Changes a studio's status behind the application's back, then drops its cached resolution as a command would.</summary>
    private async Task SetStatusAsync(string subdomain, string status)
    {
        await platform.PlatformScalarAsync($"UPDATE organizations SET status = '{status}' WHERE subdomain = '{subdomain}'");
        await using var scope = platform.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RecordingStudio.Infrastructure.Tenancy.TenantResolver>().Forget(subdomain);
    }
}
