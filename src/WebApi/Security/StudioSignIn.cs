using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Security;

public sealed record AccessTokenResponse(string AccessToken, string TokenType, long ExpiresIn);

/// <summary>Turns a checked account into a credential for this studio: the browser cookie or a short-lived bearer token.</summary>
public sealed class StudioSignIn(ITenantContext tenant, IAccountDirectory accounts, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
{
    public async Task SignInWithCookieAsync(HttpContext http, AccountDto account)
    {
        await http.SignInAsync(StudioSchemes.Cookie, await PrincipalAsync(account, StudioSchemes.Cookie, http.RequestAborted));
        // The person's language follows them to this browser (the cookie is what the pages read).
        if (account.Language is { } language) http.Response.RememberLanguage(language);
    }

    public async Task<AccessTokenResponse> IssueTokenAsync(AccountDto account, CancellationToken ct)
    {
        var options = bearer.Get(StudioSchemes.Bearer);
        var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + options.BearerTokenExpiration };
        var ticket = new AuthenticationTicket(await PrincipalAsync(account, StudioSchemes.Bearer, ct), properties, StudioSchemes.Bearer);
        return new AccessTokenResponse(options.BearerTokenProtector.Protect(ticket), "Bearer", (long)options.BearerTokenExpiration.TotalSeconds);
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(AccountDto account, string scheme, CancellationToken ct)
    {
        var studio = tenant.Tenant ?? throw new InvalidOperationException("Sign-in happens on a studio's host.");
        var stamp = await accounts.SecurityStampAsync(account.Id, ct) ?? throw new InvalidOperationException("The account is not active.");
        return StudioClaims.ForAccount(account, studio, stamp, scheme);
    }
}
