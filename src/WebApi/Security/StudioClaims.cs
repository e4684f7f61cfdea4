using System.Security.Claims;
using RecordingStudio.Application.Accounts.ApiKeys;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.WebApi.Security;

/// <summary>What a studio credential carries. The studio claim ties it to the studio it was issued for.</summary>
public static class StudioClaims
{
    public const string Studio = "rsm:studio";
    public const string SecurityStamp = "rsm:stamp";
    public const string ClientId = "rsm:client";
    public const string ApiKeyId = "rsm:api_key";

    public static ClaimsPrincipal ForAccount(AccountDto account, TenantInfo studio, string securityStamp, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Email, account.Email),
            new(ClaimTypes.Role, account.Role.ToString()),
            new(Studio, studio.OrganizationId.ToString()),
            new(SecurityStamp, securityStamp),
        };
        if (account.ClientId is { } clientId) claims.Add(new Claim(ClientId, clientId.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static ClaimsPrincipal ForApiKey(ApiKeyDto key, TenantInfo studio, string scheme) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, $"API key {key.Name}"),
            new Claim(ClaimTypes.Role, key.Role.ToString()),
            new Claim(Studio, studio.OrganizationId.ToString()),
            new Claim(ApiKeyId, key.Id.ToString()),
        ], scheme));
}
