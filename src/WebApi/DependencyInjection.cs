using System.Text.Json.Serialization;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.WebApi.Infrastructure;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi;

public static class DependencyInjection
{
    public static IServiceCollection AddWebApi(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Application.DependencyInjection)];
        });
        services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        // Malformed bodies and query values become exceptions, so the one handler answers them as ProblemDetails.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddOpenApi();
        services.AddRazorPages(options =>
        {
            // Pages follow the same host rules as the endpoints; the front door (/) decides for itself.
            options.Conventions.AddFolderApplicationModelConvention("/", model =>
            {
                if (model.ViewEnginePath is "/Index") return;
                model.EndpointMetadata.Add(new HostKindMetadata(model.ViewEnginePath == "/Signup" ? HostKind.Platform : HostKind.Studio));
            });
            foreach (var page in new[] { "/Dashboard", "/Sessions", "/Clients", "/Rooms" })
                options.Conventions.AuthorizePage(page, StudioSchemes.StaffPolicy);
            options.Conventions.AuthorizePage("/Staff", StudioSchemes.OwnerPolicy);
            options.Conventions.AuthorizePage("/Client/Sessions", StudioSchemes.ClientPolicy);
        });
        services.AddHealthChecks().AddCheck<PlatformDatabaseHealthCheck>("platform-database", tags: ["ready"]);
        return services;
    }
}
