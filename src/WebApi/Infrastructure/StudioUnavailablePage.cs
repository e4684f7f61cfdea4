using System.Net;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Localization;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Resources;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>A person who mistyped a studio's address (or reached a suspended one) gets a page pointing to signup, not JSON.</summary>
public static class StudioUnavailablePage
{
    private static readonly string[] Codes = ["studio_not_found", "studio_not_ready", "studio_suspended"];

    public static bool IsFor(HttpContext http, Exception exception) =>
        exception is TenantUnavailableException { Code: var code } && Codes.Contains(code)
        && !http.Request.IsForMachines()
        && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal);

    public static async Task WriteAsync(HttpContext http, TenantUnavailableException refusal, string rootDomain)
    {
        var port = http.Request.Host.Port is { } p ? $":{p}" : "";
        var signup = $"{http.Request.Scheme}://{rootDomain}{port}/signup";
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
        // No studio, so no studio language: the browser's, as on the signup page.
        var language = CallerLanguage.Of(http);
        string heading, sentence, create;
        using (Languages.Use(language))
        {
            var suspended = refusal.Code == "studio_suspended";
            (heading, sentence, create) = (text[suspended ? "Unavailable.Suspended" : "Unavailable.NotFound"],
                text[suspended ? "Unavailable.SuspendedText" : refusal.Code == "studio_not_ready" ? "Unavailable.NotReadyText" : "Unavailable.NotFoundText",
                    http.Request.Host.Host],
                text["Unavailable.Create"]);
        }
        http.Response.StatusCode = refusal.StatusCode;
        http.Response.ContentType = "text/html; charset=utf-8";
        // The stylesheet from this host: the page's own policy allows styles from its origin only.
        await http.Response.WriteAsync($$"""
            <!DOCTYPE html><html lang="{{language}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(heading)}}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/css/site.css"></head>
            <body><main><section class="card narrow"><h1>{{WebUtility.HtmlEncode(heading)}}</h1><p>{{WebUtility.HtmlEncode(sentence)}}</p>
            <p><a href="{{signup}}">{{WebUtility.HtmlEncode(create)}}</a></p></section></main></body></html>
            """);
    }
}
