using System.Net.Http.Headers;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.TestSupport;

public static class SignInExtensions
{
    /// <summary>Gets a bearer token from the studio's /api/auth/token and sends it with every later request.</summary>
    public static async Task<AccessTokenResponse> SignInWithTokenAsync(this HttpClient client, string email, string password)
    {
        var token = await (await client.PostJsonAsync("/api/auth/token", new { email, password })).ReadAsync<AccessTokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return token;
    }

    /// <summary>Signs in through the API's cookie endpoint, as the staff sign-in page would; later requests carry the cookie.</summary>
    public static async Task SignInWithCookieAsync(this HttpClient client, string email, string password)
    {
        var response = await client.PostJsonAsync("/api/auth/login", new { email, password });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
