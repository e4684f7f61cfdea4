using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>
/// The OpenAPI document (/openapi/v1.json) as an API consumer needs it and `redocly lint` checks it: a real title, a
/// server per studio host, the three credentials as security schemes applied per operation (none on the anonymous
/// ones), an operationId and a summary on every operation, a description on every tag.
/// </summary>
public static partial class ApiDocument
{
    private const string Bearer = "bearer", ApiKey = "apiKey", Cookie = "cookie";

    /// <summary>Each group's description, for its tag (registered as the groups are mapped).</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new();

    public static void DescribeTag(string tag, string description) => TagDescriptions[tag] = description;

    public static IServiceCollection AddApiDocument(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, context, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Recording Studio Manager API",
                Version = "v1",
                Description = "Each studio answers on its own host (its subdomain): clients, rooms, engineers, sessions, quotes, invoices, " +
                              "reports, the client portal and the assistant. The platform's host takes signups. Errors are RFC 9457 " +
                              "ProblemDetails with a `code`; validation errors name their fields.",
                License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://example.com/recording-studio-manager/license") },
            };
            var template = context.ApplicationServices.GetRequiredService<IOptions<TenancyOptions>>().Value.StudioUrlTemplate.TrimEnd('/');
            document.Servers =
            [
                new OpenApiServer
                {
                    Url = template,
                    Description = "A studio's host",
                    Variables = new Dictionary<string, OpenApiServerVariable> { ["subdomain"] = new() { Default = "demo", Description = "The studio's subdomain" } },
                },
            ];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                [Bearer] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "A token from POST /api/auth/token, or an API key as `Bearer rsm_…`." },
                [ApiKey] = new OpenApiSecurityScheme { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = StudioSchemes.ApiKeyHeader, Description = "A studio API key (Owners create them)." },
                [Cookie] = new OpenApiSecurityScheme { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "rsm_session", Description = "The pages' and the portal's sign-in cookie; writes also send X-CSRF-TOKEN." },
            };
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
                if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description)) tag.Description = description;
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = context.JsonTypeInfo.Type;
            // Read by InstantJsonConverter, which the schema generator cannot see through: still a date-time (with its offset).
            if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(DateTimeOffset))
            {
                schema.Type = type == typeof(DateTimeOffset) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
                schema.Format = "date-time";
            }
            else if (type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails) || type == typeof(HttpValidationProblemDetails))
            {
                // What the one exception handler adds to every problem (and what clients branch on).
                schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
                schema.Properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable machine-readable code: validation_failed, session_overlap, not_found, plan_limit…" };
                schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's trace id, as logged." };
                // RFC 9457 extension members: a conflict names what it conflicts with, a refused sign-in the attempts left…
                if (type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails)) schema.AdditionalProperties = new OpenApiSchema();
            }
            else if (context.ParameterDescription?.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body && schema.Required is { Count: > 0 } required)
            {
                // A body may leave out what may be null (it is read as null): only the others are required.
                foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
                    if (MayBeNull(property)) required.Remove(name);
            }
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var handler = metadata.OfType<System.Reflection.MethodInfo>().FirstOrDefault();
            var tag = operation.Tags?.FirstOrDefault()?.Name ?? "Api";
            var name = handler?.Name is { } method && !method.Contains('<') ? method : context.Description.HttpMethod?.ToLowerInvariant() ?? "call";
            var head = context.Description.HttpMethod == "HEAD" ? "Head" : ""; // a GET's handler answering HEAD too
            operation.OperationId ??= $"{char.ToLowerInvariant(tag[0])}{tag[1..]}{name}{head}";
            operation.Summary ??= $"{Words(name)} ({Words(tag).ToLowerInvariant()})";
            var anonymous = metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any();
            var portal = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == StudioSchemes.ClientPolicy);
            operation.Security = anonymous ? []
                : portal ? [Requirement(Cookie, context.Document)]
                : [Requirement(Bearer, context.Document), Requirement(ApiKey, context.Document), Requirement(Cookie, context.Document)];
            // Signup and the platform's own operations answer on the apex host, not on a studio's.
            if (metadata.OfType<HostKindMetadata>().Any(m => m.Kind == HostKind.Platform))
            {
                var template = context.ApplicationServices.GetRequiredService<IOptions<TenancyOptions>>().Value.StudioUrlTemplate;
                operation.Servers = [new OpenApiServer { Url = template.Replace("{subdomain}.", "").TrimEnd('/'), Description = "The platform's host" }];
            }
            ApiExamples.Apply(operation);
            return Task.CompletedTask;
        });
    });

    private static bool MayBeNull(IOpenApiSchema schema) =>
        (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null)) || schema.OneOf?.Any(MayBeNull) == true;

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) => new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex WordStart();

    /// <summary>"CreditNotePdf" → "Credit note pdf".</summary>
    private static string Words(string name)
    {
        var words = WordStart().Split(name);
        return string.Join(' ', words.Select((w, i) => i == 0 ? w : w.ToLowerInvariant()));
    }
}
