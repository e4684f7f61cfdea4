using System.Text.Json.Serialization;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Common;
using RecordingStudio.Infrastructure.Background;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.WebApi.Infrastructure;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi;

public static class DependencyInjection
{
    /// <summary>
    /// The titles ASP.NET Core gives the problems it writes itself (an unknown route, a missing sign-in…): as Terms, so
    /// the resources test holds each to a translation like any word the product says.
    /// </summary>
    private static readonly Term[] FrameworkTitles =
    [
        new Term("Bad Request"), new Term("Unauthorized"), new Term("Forbidden"), new Term("Not Found"), new Term("Method Not Allowed"),
        new Term("Not Acceptable"), new Term("Unsupported Media Type"), new Term("An error occurred while processing your request."),
    ];

    public static IServiceCollection AddWebApi(this IServiceCollection services)
    {
        // The same as in src/Cli/CliApp.cs: Mediator's source generator reads these values from this very lambda at compile
        // time (constants only), so they cannot move into a shared method.
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Application.DependencyInjection)];
        });
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            // A number is a number: "5" for an amount is refused (400) rather than read, and the API document says
            // "integer", not "integer or string", so a typed client's numbers are numbers.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.Converters.Add(new InstantJsonConverter());
        });
        // Malformed bodies and query values become exceptions, so the one handler answers them as ProblemDetails.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Answers made by the framework (404 for an unknown route, 405, 415) get a stable code like every other error.
            context.ProblemDetails.Extensions.TryAdd("code", context.ProblemDetails.Status switch
            {
                StatusCodes.Status400BadRequest => "bad_request",
                StatusCodes.Status404NotFound => "not_found",
                StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
                StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
                StatusCodes.Status401Unauthorized => "unauthenticated",
                StatusCodes.Status403Forbidden => "forbidden",
                _ => "error",
            });
            // Their titles ("Not Found", "Unauthorized") in the caller's language, as ours are.
            if (FrameworkTitles.Any(t => t.English == context.ProblemDetails.Title))
                using (Languages.Use(CallerLanguage.Of(context.HttpContext)))
                    context.ProblemDetails.Title = Text.Say(context.ProblemDetails.Title!);
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddApiDocument();
        services.AddSingleton<Pages.Account.SignupWelcome>();
        services.AddRazorPages(options =>
        {
            // Pages follow the same host rules as the endpoints; the front door (/) decides for itself.
            // Every page needs a staff account unless it is one of the few open ones: a new page is closed by default.
            options.Conventions.AddFolderApplicationModelConvention("/", model =>
            {
                model.EndpointMetadata.Add(PageAccess(model.ViewEnginePath));
                if (PageRateLimit(model.ViewEnginePath) is { } policy) model.EndpointMetadata.Add(new RateLimitedAttribute(policy));
                if (model.ViewEnginePath is "/Index" or "/Account/Language") return; // on every host
                model.EndpointMetadata.Add(new HostKindMetadata(model.ViewEnginePath == "/Signup/Index" ? HostKind.Platform : HostKind.Studio));
            });
        });
        // What a running instance does besides answering: hear of studio changes, say it is alive, keep house.
        services.AddHostedService<StudioChangeListener>();
        services.AddHostedService<AppInstanceHeartbeat>();
        services.AddHostedService<SpareDatabaseRefill>();
        services.AddHostedService<DueWorkRunner>();
        services.AddHealthChecks().AddCheck<PlatformDatabaseHealthCheck>("platform-database", tags: ["ready"]);
        return services;
    }

    private static readonly HashSet<string> OpenPages =
        ["/Index", "/Signup/Index", "/Account/Login", "/Account/Logout", "/Account/Language", "/Account/ForgotPassword", "/Account/SetPassword", "/Portal/Login"];

    /// <summary>The pages that sign in or sign up draw on the same budgets as the API endpoints that do.</summary>
    private static string? PageRateLimit(string page) => page switch
    {
        "/Account/Login" or "/Portal/Login" or "/Account/ForgotPassword" or "/Account/SetPassword" => SecurityRegistration.SignInRateLimit,
        "/Signup/Index" => SecurityRegistration.SignupRateLimit,
        "/Portal/Sessions" or "/Plan/Index" => SecurityRegistration.BookingRequestRateLimit,
        _ => null,
    };

    private static object PageAccess(string page) => page switch
    {
        _ when OpenPages.Contains(page) => new AllowAnonymousAttribute(),
        "/Staff/Index" => new AuthorizeAttribute(StudioSchemes.OwnerPolicy),
        _ when page.StartsWith("/Invoices/", StringComparison.Ordinal) || page.StartsWith("/Quotes/", StringComparison.Ordinal)
               || page.StartsWith("/Reports/", StringComparison.Ordinal)
            => new AuthorizeAttribute(StudioSchemes.ManagerPolicy),
        _ when page.StartsWith("/Portal/", StringComparison.Ordinal) => new AuthorizeAttribute(StudioSchemes.ClientPolicy),
        _ => new AuthorizeAttribute(StudioSchemes.StaffPolicy),
    };
}
