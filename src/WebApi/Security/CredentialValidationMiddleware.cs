using System.Security.Claims;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.WebApi.Security;

/// <summary>
/// A credential counts only on the host of the studio it was issued for, and only while its account is active with
/// the same security stamp (deactivation or a password change ends it). Otherwise the request is anonymous.
/// </summary>
public sealed class CredentialValidationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, ITenantContext tenant)
    {
        if (http.User.Identity?.IsAuthenticated == true && !await IsValidAsync(http, tenant.Tenant))
            http.User = new ClaimsPrincipal(new ClaimsIdentity());
        await next(http);
    }

    private static async Task<bool> IsValidAsync(HttpContext http, TenantInfo? studio)
    {
        var user = http.User;
        if (studio is null || user.FindFirstValue(StudioClaims.Studio) != studio.OrganizationId.ToString()) return false;
        if (user.Identity?.AuthenticationType == StudioSchemes.ApiKey) return true; // checked against the studio's keys already
        // Resolved only now: the account directory needs the studio's database, which the apex host does not have.
        var accounts = http.RequestServices.GetRequiredService<IAccountDirectory>();
        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
               && await accounts.SecurityStampAsync(id, http.RequestAborted) is { } stamp
               && stamp == user.FindFirstValue(StudioClaims.SecurityStamp);
    }
}
