using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.WebApi.Security;

/// <summary>
/// Headers every answer carries: content from this host only and no inline script (so injected markup cannot run),
/// no framing (clickjacking), no MIME sniffing, no referrer (a set-password URL holds its token). Only the signup wizard's
/// form may lead elsewhere: to a studio of this platform, the new studio's sign-in page. The API reference (Scalar) starts itself
/// with an inline script and styles, so its pages alone allow inline code.
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    private readonly RequestDelegate _next;
    private readonly string _policy;
    private readonly string _signupPolicy;
    private readonly string _apiReferencePolicy;
    private readonly string _portalPolicy;

    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<TenancyOptions> tenancy)
    {
        _next = next;
        var studios = $"*.{tenancy.Value.RootDomain}:*";
        // The one inline style the pages carry: the validation summary's empty placeholder, <li style="display:none">.
        var placeholder = $"'sha256-{Convert.ToBase64String(SHA256.HashData("display:none"u8))}'";
        _policy = $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-hashes' {placeholder}; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
                  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        _signupPolicy = _policy.Replace("form-action 'self'", $"form-action 'self' {studios}", StringComparison.Ordinal);
        // The portal's "Pay online" form answers with a redirect to Stripe's hosted payment page.
        _portalPolicy = _policy.Replace("form-action 'self'", "form-action 'self' https://checkout.stripe.com", StringComparison.Ordinal);
        _apiReferencePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                              "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }

    public Task InvokeAsync(HttpContext http)
    {
        // Set as the answer starts: the exception handler clears the headers of the answer it replaces.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/scalar") ? _apiReferencePolicy
                : http.Request.Path.StartsWithSegments("/signup") ? _signupPolicy
                : http.Request.Path.StartsWithSegments("/client") ? _portalPolicy
                : _policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        return _next(http);
    }
}
