using System.Text.Encodings.Web;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using RecordingStudio.Application.Accounts.ApiKeys.AuthenticateApiKey;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.WebApi.Security;

/// <summary>
/// Authenticates an API key — <c>X-Api-Key: rsm_…</c>, or <c>Authorization: Bearer rsm_…</c> as MCP clients and most
/// HTTP tools send a secret — against the keys of the resolved studio's own database.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ITenantContext tenant, ISender sender)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey(Request) is not { } presented) return AuthenticateResult.NoResult();
        if (tenant.Tenant is not { } studio) return AuthenticateResult.Fail("API keys are only valid on a studio's host.");
        try
        {
            var key = await sender.Send(new AuthenticateApiKeyCommand(presented), Context.RequestAborted);
            return key is null
                ? AuthenticateResult.Fail("Unknown or revoked API key.")
                : AuthenticateResult.Success(new AuthenticationTicket(StudioClaims.ForApiKey(key, studio, Scheme.Name), Scheme.Name));
        }
        catch (ValidationException)
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }
    }

    private const string KeyPrefix = "rsm_";

    /// <summary>The key the request presents, if any (a bearer token that is not a key is the bearer scheme's).</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(StudioSchemes.ApiKeyHeader, out var header)) return header.ToString();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer " + KeyPrefix, StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
