using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Security;

/// <summary>
/// Where cookies are Secure (Security:RequireHttps, on outside Development), a request that arrived over plain HTTP
/// gets a clear 400 instead of a page that cannot set its cookies (a 500 from the antiforgery system). Health probes
/// stay reachable over HTTP. Behind a TLS proxy the original scheme comes from X-Forwarded-Proto of a known proxy.
/// </summary>
public sealed class HttpsRequiredMiddleware(RequestDelegate next, ILogger<HttpsRequiredMiddleware> logger)
{
    private static int _warned;

    public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems)
    {
        if (http.Request.IsHttps || http.Request.Path.StartsWithSegments("/health"))
        {
            await next(http);
            return;
        }
        if (Interlocked.Exchange(ref _warned, 1) == 0)
            logger.LogWarning("A request arrived over plain HTTP and was refused (Security:RequireHttps). Behind a TLS proxy, set " +
                              "ForwardedHeaders:KnownProxies so the original scheme is seen; to serve HTTP on purpose, set Security:RequireHttps=false.");
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        var https = $"https://{http.Request.Host}{http.Request.Path}{http.Request.QueryString}";
        if (!http.Request.IsForMachines())
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync("<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>HTTPS only</title>" +
                $"<p>This site is only served over HTTPS: <a href=\"{System.Net.WebUtility.HtmlEncode(https)}\">{System.Net.WebUtility.HtmlEncode(https)}</a></p></html>");
            return;
        }
        await problems.WriteAsync(http, Problems.Create(StatusCodes.Status400BadRequest, "https_required", "HTTPS required.",
            $"This API is only served over HTTPS: {https}"));
    }
}
