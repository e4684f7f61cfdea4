using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Rooms;

namespace RecordingStudio.TestSupport;

/// <summary>A studio with one client, two rooms and two engineers, created through the API.</summary>
public sealed record StudioSeed(HttpClient Http, ClientDto Client, RoomDto RoomA, RoomDto RoomB, EngineerDto Sam, EngineerDto Ana)
{
    public static async Task<StudioSeed> CreateAsync(PlatformFixture platform, string prefix, StudioAppFactory? app = null)
    {
        var (_, http) = await platform.CreateStudioAsync(prefix, app);
        return new StudioSeed(
            http,
            await (await http.PostJsonAsync("/api/clients", new { name = "Lena Diaz" })).ReadAsync<ClientDto>(),
            await (await http.PostJsonAsync("/api/rooms", new { name = "Studio A", hourlyRate = 80 })).ReadAsync<RoomDto>(),
            await (await http.PostJsonAsync("/api/rooms", new { name = "Studio B", hourlyRate = 60 })).ReadAsync<RoomDto>(),
            await (await http.PostJsonAsync("/api/engineers", new { name = "Sam Keller", hourlyRate = 45 })).ReadAsync<EngineerDto>(),
            await (await http.PostJsonAsync("/api/engineers", new { name = "Ana Ortiz", hourlyRate = 50 })).ReadAsync<EngineerDto>());
    }

    public string Subdomain => Http.BaseAddress!.Host.Split('.')[0];

    /// <summary>Tomorrow at the given UTC hour: far enough ahead to be upcoming, fixed enough to reason about.</summary>
    public static DateTimeOffset At(int hour, int dayOffset = 1) =>
        new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero).AddDays(dayOffset).AddHours(hour);

    /// <summary>A session as the API reads it now.</summary>
    public async Task<Application.Studio.Sessions.SessionDto> SessionAsync(Guid id) =>
        await (await Http.GetAsync($"/api/sessions/{id}")).ReadAsync<Application.Studio.Sessions.SessionDto>();

    /// <summary>
    /// The seeded client, given an e-mail, invited to the portal and signed in: a client that sends the antiforgery token
    /// on its writes, as the portal page's forms do.
    /// </summary>
    public async Task<(string Email, HttpClient Portal)> PortalClientAsync(PlatformFixture platform, string password, StudioAppFactory? app = null)
    {
        var email = $"lena@{Subdomain}.test";
        (await Http.PutJsonAsync($"/api/clients/{Client.Id}", new { name = "Lena Diaz", email })).EnsureSuccessStatusCode();
        (await Http.PostAsync($"/api/clients/{Client.Id}/portal-invitation", null)).EnsureSuccessStatusCode();
        var portal = (app ?? platform.App).ClientFor(Subdomain);
        await platform.AcceptInvitationAsync(portal, email, password);
        (await portal.PostJsonAsync("/api/portal/login", new { email, password })).EnsureSuccessStatusCode();
        var antiforgery = System.Text.Json.JsonDocument.Parse(await portal.GetStringAsync("/api/auth/antiforgery")).RootElement;
        portal.DefaultRequestHeaders.Add("X-CSRF-TOKEN", antiforgery.GetProperty("token").GetString());
        return (email, portal);
    }

    public Task<HttpResponseMessage> BookAsync(Guid roomId, Guid? engineerId, DateTimeOffset start, DateTimeOffset end, string title = "Tracking") =>
        Http.PostJsonAsync("/api/sessions", new { clientId = Client.Id, roomId, engineerId, startsAt = start, endsAt = end, title });
}
