using Microsoft.AspNetCore.Antiforgery;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Security;

/// <summary>
/// Browsers send the session cookie by themselves, so every unsafe request authenticated by that cookie must also
/// carry the antiforgery token (form field, X-CSRF-TOKEN header, or X-CSRFToken as the system this replaces sent it),
/// checked the same way. Bearer tokens and API keys are not sent
/// automatically and need none.
/// </summary>
public sealed class AntiforgeryMiddleware(RequestDelegate next)
{
    /// <summary>The header name Flask-WTF uses, which the system this replaces documented for its clients.</summary>
    public const string LegacyHeader = "X-CSRFToken";

    public async Task InvokeAsync(HttpContext http, IAntiforgery antiforgery, IProblemDetailsService problems)
    {
        if (!http.Request.Headers.ContainsKey(StudioSchemes.AntiforgeryHeader) && http.Request.Headers.TryGetValue(LegacyHeader, out var legacy))
            http.Request.Headers[StudioSchemes.AntiforgeryHeader] = legacy;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method)
            && http.User.Identity?.AuthenticationType == StudioSchemes.Cookie
            && !await antiforgery.IsRequestValidAsync(http))
        {
            await problems.WriteAsync(http, Problems.Create(StatusCodes.Status400BadRequest, "antiforgery_failed", "Missing or invalid antiforgery token.",
                $"Send the token from GET /api/auth/antiforgery in the {StudioSchemes.AntiforgeryHeader} header (or the form field)."));
            return;
        }
        await next(http);
    }
}
