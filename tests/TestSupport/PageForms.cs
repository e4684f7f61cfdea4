using System.Text.RegularExpressions;

namespace RecordingStudio.TestSupport;

/// <summary>Posts a page's form as a browser would: with the antiforgery token of the form the page served.</summary>
public static partial class PageForms
{
    public static async Task<string> FormTokenAsync(this HttpClient client, string page)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        return TokenField().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new Xunit.Sdk.XunitException($"{page} has no form with an antiforgery token.");
    }

    /// <summary>The form's fields, with the token (from <see cref="FormTokenAsync"/>) added.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string token, IDictionary<string, string> fields) =>
        client.PostAsync(page, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
