using System.Net;
using RecordingStudio.Application.Common.Exceptions;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>A person who mistyped a studio's address (or reached a suspended one) gets a page pointing to signup, not JSON.</summary>
public static class StudioUnavailablePage
{
    private static readonly string[] Codes = ["studio_not_found", "studio_not_ready", "studio_suspended"];

    public static bool IsFor(HttpContext http, Exception exception) =>
        exception is TenantUnavailableException { Code: var code } && Codes.Contains(code)
        && !http.Request.IsForMachines()
        && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal);

    public static Task WriteAsync(HttpContext http, TenantUnavailableException refusal, string rootDomain)
    {
        var port = http.Request.Host.Port is { } p ? $":{p}" : "";
        var signup = $"{http.Request.Scheme}://{rootDomain}{port}/signup";
        var heading = refusal.Code == "studio_suspended" ? "Studio unavailable" : "Studio not found";
        http.Response.StatusCode = refusal.StatusCode;
        http.Response.ContentType = "text/html; charset=utf-8";
        // The stylesheet from this host: the page's own policy allows styles from its origin only.
        return http.Response.WriteAsync($$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{heading}}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main><section class="card narrow"><h1>{{heading}}</h1><p>{{WebUtility.HtmlEncode(refusal.Message)}}</p>
            <p><a href="{{signup}}">Create your own studio</a></p></section></main></body></html>
            """);
    }
}
