using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>
/// Runs before anything else that needs a studio: host → platform or studio. Unknown studios get 404 and
/// suspended ones 403, each with a stable code, before any endpoint or credential is looked at.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, TenantResolver resolver, TenantContext tenantContext, IProblemDetailsService problems)
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
            var problem = new ProblemDetails { Status = status, Title = "Studio unavailable.", Detail = detail };
            problem.Extensions["code"] = code;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
            return;
        }

        tenantContext.Tenant = resolution.Tenant;
        await next(http);
    }
}
