using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace RecordingStudio.WebApi.Security;

/// <summary>
/// Browsers send the session cookie by themselves, so every unsafe request authenticated by that cookie must also
/// carry the antiforgery token (form field or X-CSRF-TOKEN header). Bearer tokens and API keys are not sent
/// automatically and need none.
/// </summary>
public sealed class AntiforgeryMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IAntiforgery antiforgery, IProblemDetailsService problems)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method)
            && http.User.Identity?.AuthenticationType == StudioSchemes.Cookie
            && !await antiforgery.IsRequestValidAsync(http))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Missing or invalid antiforgery token.",
                Detail = $"Send the token from GET /api/auth/antiforgery in the {StudioSchemes.AntiforgeryHeader} header (or the form field).",
            };
            problem.Extensions["code"] = "antiforgery_failed";
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
            return;
        }
        await next(http);
    }
}
