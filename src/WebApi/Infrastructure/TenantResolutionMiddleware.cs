using System.Net;
using Microsoft.Extensions.Options;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>
/// Runs before anything else that needs a studio: host → platform or studio. Unknown studios get 404 and
/// suspended ones 403, each with a stable code, before any endpoint or credential is looked at.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, TenantResolver resolver, TenantContext tenantContext, IProblemDetailsService problems,
        IOptions<TenancyOptions> options)
    {
        if (http.Request.Path.StartsWithSegments("/health"))
        {
            await next(http);
            return;
        }

        var resolution = await resolver.ResolveHostAsync(http.Request.Host.Host, http.RequestAborted);
        var refusal = resolution switch
        {
            { Outcome: ResolutionOutcome.NotFound } => (404, "studio_not_found", $"There is no studio at '{http.Request.Host.Host}'."),
            { Outcome: ResolutionOutcome.NotReady } => (404, "studio_not_ready", $"The studio '{resolution.Subdomain}' is not ready yet."),
            { Tenant.Status: OrganizationStatus.Suspended } => (403, "studio_suspended", $"The studio '{resolution.Subdomain}' is suspended."),
            _ => default((int, string, string)?),
        };
        if (refusal is var (status, code, detail))
        {
            http.Response.StatusCode = status;
            if (WantsPage(http.Request))
            {
                await WritePageAsync(http, detail, options.Value.RootDomain);
                return;
            }
            await problems.WriteAsync(http, Problems.Create(status, code, "Studio unavailable.", detail));
            return;
        }

        if (resolution.Tenant is { } tenant) await tenantContext.EnterAsync(tenant, http.RequestAborted);
        await next(http);
    }

    private static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal);

    /// <summary>A person who mistyped a studio's address gets a page pointing to signup, not JSON.</summary>
    private static Task WritePageAsync(HttpContext http, string detail, string rootDomain)
    {
        var port = http.Request.Host.Port is { } p ? $":{p}" : "";
        var signup = $"{http.Request.Scheme}://{rootDomain}{port}/signup";
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync($$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Studio not found</title><link rel="stylesheet" href="{{signup.Replace("/signup", "/css/site.css")}}"></head>
            <body><main><section class="card narrow"><h1>Studio not found</h1><p>{{WebUtility.HtmlEncode(detail)}}</p>
            <p><a href="{{signup}}">Create your own studio</a></p></section></main></body></html>
            """);
    }
}
