using System.Text.Encodings.Web;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using RecordingStudio.Application.Accounts.ApiKeys.AuthenticateApiKey;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.WebApi.Security;

/// <summary>Authenticates <c>X-Api-Key</c> against the keys of the resolved studio's own database.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ITenantContext tenant, ISender sender)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(StudioSchemes.ApiKeyHeader, out var presented)) return AuthenticateResult.NoResult();
        if (tenant.Tenant is not { } studio) return AuthenticateResult.Fail("API keys are only valid on a studio's host.");
        try
        {
            var key = await sender.Send(new AuthenticateApiKeyCommand(presented.ToString()), Context.RequestAborted);
            return key is null
                ? AuthenticateResult.Fail("Unknown or revoked API key.")
                : AuthenticateResult.Success(new AuthenticationTicket(StudioClaims.ForApiKey(key, studio, Scheme.Name), Scheme.Name));
        }
        catch (ValidationException)
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }
    }
}
