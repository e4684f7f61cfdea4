using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Infrastructure;

public enum HostKind
{
    Studio,
    Platform,
}

public sealed record HostKindMetadata(HostKind Kind);

/// <summary>Studio endpoints exist only on studio hosts, platform endpoints only on the apex (404 elsewhere).</summary>
public static class HostKindRules
{
    public static RouteGroupBuilder RequireStudioHost(this RouteGroupBuilder group) => group.WithMetadata(new HostKindMetadata(HostKind.Studio));

    /// <summary>Studio host and a staff account (each command still checks the role it needs).</summary>
    public static RouteGroupBuilder RequireStudioStaff(this RouteGroupBuilder group) =>
        group.RequireStudioHost().RequireAuthorization(StudioSchemes.StaffPolicy);

    public static RouteGroupBuilder RequirePlatformHost(this RouteGroupBuilder group) => group.WithMetadata(new HostKindMetadata(HostKind.Platform));
}

/// <summary>Runs after routing and before authentication, so a wrong host is a 404 whatever the credential.</summary>
public sealed class HostKindMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http, ITenantContext tenant)
    {
        var kind = http.GetEndpoint()?.Metadata.GetMetadata<HostKindMetadata>()?.Kind;
        if (kind == HostKind.Studio && tenant.Tenant is null)
            throw TenantUnavailableException.StudioRequired();
        if (kind == HostKind.Platform && tenant.Tenant is not null)
            throw new TenantUnavailableException("platform_required", "This endpoint is only available on the platform's apex host.", 404);
        return next(http);
    }
}
