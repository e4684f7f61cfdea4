using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Security;

public static class SecurityRegistration
{
    public const string SignInRateLimit = "sign-in";
    public const string SignupRateLimit = "signup";
    public const string ChatRateLimit = "chat";
    public const string AgentRateLimit = "agent";
    public const string BookingRequestRateLimit = "booking-request";

    /// <summary>Secure cookies, HSTS and HTTPS-only answers: on outside Development unless Security:RequireHttps says otherwise.</summary>
    public static bool RequiresHttps(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Security:RequireHttps", !environment.IsDevelopment());

    public static IServiceCollection AddStudioSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var cookiePolicy = RequiresHttps(configuration, environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddHttpContextAccessor();
        // Client addresses (sign-in throttle, rate limits) and the scheme come from X-Forwarded-For/-Proto only when a proxy
        // listed in ForwardedHeaders:KnownProxies (addresses) or :KnownNetworks (CIDR, e.g. a container network) set them;
        // by default no proxy is trusted, not even loopback.
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            static string[] List(string? value) => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var proxies = List(configuration["ForwardedHeaders:KnownProxies"]);
            var networks = List(configuration["ForwardedHeaders:KnownNetworks"]);
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            // With both lists empty the middleware would trust every sender, so without proxies it reads no header at all.
            options.ForwardedHeaders = proxies.Length + networks.Length > 0 ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            // Two proxies (a TLS proxy, then nginx): the client's address is the entry before both.
            if (int.TryParse(configuration["ForwardedHeaders:ForwardLimit"], out var limit) && limit > 0) options.ForwardLimit = limit;
        });
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<StudioSignIn>();

        services.AddAuthentication(StudioSchemes.Studio)
            .AddPolicyScheme(StudioSchemes.Studio, "Cookie, bearer token or API key", options =>
                options.ForwardDefaultSelector = http =>
                    ApiKeyAuthenticationHandler.PresentedKey(http.Request) is not null ? StudioSchemes.ApiKey
                    : http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? StudioSchemes.Bearer
                    : StudioSchemes.Cookie)
            .AddCookie(StudioSchemes.Cookie, options =>
            {
                // No Domain: the cookie belongs to this studio's host only.
                options.Cookie.Name = "rsm_session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = cookiePolicy;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/";
                options.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
                // The sign-in pages decide where to go next (a checked, encoded local path): the handler must not
                // follow ?ReturnUrl by itself (a non-ASCII one made it write an invalid Location header).
                options.Events.OnRedirectToReturnUrl = _ => Task.CompletedTask;
            })
            .AddBearerToken(StudioSchemes.Bearer, options => options.BearerTokenExpiration = TimeSpan.FromMinutes(15))
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(StudioSchemes.ApiKey, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(StudioSchemes.StaffPolicy, policy => policy.RequireRole(
                nameof(AccountRole.Owner), nameof(AccountRole.Manager), nameof(AccountRole.Engineer)))
            .AddPolicy(StudioSchemes.ClientPolicy, policy => policy.RequireRole(nameof(AccountRole.Client)))
            .AddPolicy(StudioSchemes.OwnerPolicy, policy => policy.RequireRole(nameof(AccountRole.Owner)))
            .AddPolicy(StudioSchemes.ManagerPolicy, policy => policy.RequireRole(nameof(AccountRole.Owner), nameof(AccountRole.Manager)));

        // The one-time notices after a change travel in a cookie too.
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options =>
            options.Cookie.SecurePolicy = cookiePolicy);

        services.AddAntiforgery(options =>
        {
            options.HeaderName = StudioSchemes.AntiforgeryHeader;
            options.Cookie.Name = "rsm_antiforgery";
            options.Cookie.SecurePolicy = cookiePolicy;
        });

        return services;
    }

    public static string ClientAddress(this HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>API callers get a status code; browsers on pages go to the sign-in page of their side (staff or client).</summary>
    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.IsForMachines()) context.Response.StatusCode = status;
        else if (status == StatusCodes.Status401Unauthorized && context.Request.Path.StartsWithSegments("/client"))
            context.Response.Redirect("/client/login?ReturnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
