using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>
/// Runs before anything else that needs a studio: the host names the platform or a studio (<see cref="TenantScope"/>).
/// An unknown or unready studio (404) or a suspended one (403) is refused with a stable code before any endpoint or
/// credential is looked at: the exception handler answers it.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, TenantScope scope)
    {
        // Health probes answer for the process, whatever host the orchestrator uses.
        if (!http.Request.Path.StartsWithSegments("/health")) await scope.EnterHostAsync(http.Request.Host.Host, http.RequestAborted);
        await next(http);
    }
}
