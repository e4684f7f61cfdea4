using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>Keeps studio endpoints on studio hosts and platform endpoints on the apex host; elsewhere they do not exist (404).</summary>
public static class HostKindFilter
{
    public static RouteGroupBuilder RequireStudioHost(this RouteGroupBuilder group) =>
        group.AddEndpointFilter((context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().Tenant is null
                ? throw new TenantUnavailableException("studio_required", "This endpoint is only available on a studio's own host.", 404)
                : next(context));

    public static RouteGroupBuilder RequirePlatformHost(this RouteGroupBuilder group) =>
        group.AddEndpointFilter((context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().Tenant is not null
                ? throw new TenantUnavailableException("platform_required", "This endpoint is only available on the platform's apex host.", 404)
                : next(context));
}
