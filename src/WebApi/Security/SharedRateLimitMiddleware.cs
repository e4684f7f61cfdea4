using System.Globalization;
using System.Security.Claims;
using RecordingStudio.Application.Resources;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Security;

/// <summary>
/// The rate limits, counted in the platform database so they hold across app instances: sign-in (every way to sign in,
/// pages included, per client address), signup (per client address), assistant turns (per staff member), booking
/// requests and the portal page's forms (per client account), outside agents' MCP calls (per credential). Showing a page
/// (GET) is free; sending its form counts. Over the limit: 429 with Retry-After, a page for browsers.
/// </summary>
public sealed class SharedRateLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public async Task InvokeAsync(HttpContext http, SharedRateLimits limits, IProblemDetailsService problems)
    {
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<RateLimitedAttribute>()?.Policy;
        if (policy is null || HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            await next(http);
            return;
        }
        var (partition, permits, window) = policy switch
        {
            SecurityRegistration.SignupRateLimit => (http.ClientAddress(), configuration.GetValue("RateLimits:SignupsPerHour", 10), TimeSpan.FromHours(1)),
            SecurityRegistration.ChatRateLimit => (http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? http.ClientAddress(),
                configuration.GetValue("RateLimits:ChatPerMinute", 20), TimeSpan.FromMinutes(1)),
            // An outside agent's MCP calls, per credential (an API key has no account).
            SecurityRegistration.AgentRateLimit => (http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? http.User.FindFirstValue(StudioClaims.ApiKeyId) ?? http.ClientAddress(),
                configuration.GetValue("RateLimits:AgentCallsPerMinute", 120), TimeSpan.FromMinutes(1)),
            // Each request e-mails the studio's owners and managers: a client asks a few times an hour, not without end.
            SecurityRegistration.BookingRequestRateLimit => (http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? http.ClientAddress(),
                configuration.GetValue("RateLimits:BookingRequestsPerHour", 30), TimeSpan.FromHours(1)),
            _ => (http.ClientAddress(), configuration.GetValue("RateLimits:SignInPerMinute", 30), TimeSpan.FromMinutes(1)),
        };
        var decision = await limits.HitAsync($"{policy}:{partition}", permits, window, http.RequestAborted);
        if (decision.Allowed)
        {
            await next(http);
            return;
        }
        await RejectAsync(http, policy, decision, problems);
    }

    /// <summary>429 with Retry-After: ProblemDetails for the API, a short page for a browser's form.</summary>
    private static async Task RejectAsync(HttpContext http, string policy, RateLimitDecision decision, IProblemDetailsService problems)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var detail = policy switch
        {
            SecurityRegistration.ChatRateLimit => Text.Say("Too many assistant turns in a minute. Wait a little and try again."),
            SecurityRegistration.AgentRateLimit => Text.Say("Too many calls from this credential in a minute. Wait a little and try again."),
            SecurityRegistration.BookingRequestRateLimit => Text.Say("Too many booking requests in an hour. The studio will answer the ones you sent."),
            _ => Text.Say("Too many attempts from your address. Wait a little and try again."),
        };
        if (!http.Request.IsForMachines())
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            await http.Response.WriteAsync($"<!DOCTYPE html><html lang=\"{language}\"><meta charset=\"utf-8\"><title>{Text.Say("Too many attempts")}</title>" +
                $"<p>{detail} <a href=\"{System.Net.WebUtility.HtmlEncode(http.Request.Path.ToUriComponent())}\">{Text.Say("Back")}</a></p></html>");
            return;
        }
        await problems.WriteAsync(http, Problems.Create(StatusCodes.Status429TooManyRequests, "rate_limited", Text.Say("Too many requests."), detail));
    }
}
