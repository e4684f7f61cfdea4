using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Infrastructure;

public static class StudioPipeline
{
    /// <summary>
    /// From a request's host to an authorized request inside one studio. The order is the design:
    /// <list type="number">
    /// <item>the host is resolved to a studio first (<see cref="TenantResolutionMiddleware"/>): an unknown or suspended
    /// studio is refused before any endpoint or credential is looked at, and everything after runs against that
    /// studio's database;</item>
    /// <item>routing, then <see cref="HostKindMiddleware"/>: a studio endpoint on the apex, or a platform endpoint on a
    /// studio, is 404 whatever the credential;</item>
    /// <item>authentication reads the credential, and <see cref="CredentialValidationMiddleware"/> keeps it only on the
    /// studio that issued it and while its account holds (another studio's token is anonymous here);</item>
    /// <item>the shared rate limits count per address and per signed-in account, so they come after the credential
    /// and before any work;</item>
    /// <item>authorization applies the endpoint's policy; the antiforgery check last, for unsafe requests signed in by
    /// the cookie only.</item>
    /// </list>
    /// </summary>
    public static WebApplication UseStudioTenancy(this WebApplication app)
    {
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseMiddleware<RequestTelemetryMiddleware>(); // log scope and rsm.requests, labelled with the resolved studio
        app.UseRequestLocalization(); // the studio is known: its language is the default (StudioLocalization)
        app.UseRouting();
        app.UseMiddleware<HostKindMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<CredentialValidationMiddleware>();
        app.UseMiddleware<SharedRateLimitMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<AntiforgeryMiddleware>();
        return app;
    }
}
