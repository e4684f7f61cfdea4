using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>
/// Declares, on every endpoint of a group, the ProblemDetails answers the pipeline can give it, read from what the
/// endpoint is (so a new endpoint is documented without anyone remembering to): the OpenAPI document lists them.
/// </summary>
public static class ErrorResponses
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public static RouteGroupBuilder DeclareErrorResponses(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            var metadata = endpoint.Metadata;
            var method = metadata.OfType<IHttpMethodMetadata>().FirstOrDefault()?.HttpMethods.FirstOrDefault() ?? "GET";
            var hasRouteValues = endpoint is RouteEndpointBuilder route && route.RoutePattern.Parameters.Count > 0;
            var studio = metadata.OfType<HostKindMetadata>().Any(m => m.Kind == HostKind.Studio);

            // Every input can be malformed or break a rule (validation_failed names the field).
            Add(metadata, StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
            if (metadata.OfType<IAuthorizeData>().Any()) Add(metadata, StatusCodes.Status401Unauthorized);
            // A role that may not, a trial that ended — or, on any studio endpoint, a suspended studio.
            if (metadata.OfType<IAuthorizeData>().Any() || studio) Add(metadata, StatusCodes.Status403Forbidden);
            // A host of the other kind, and a route id that names nothing.
            if (hasRouteValues || metadata.OfType<HostKindMetadata>().Any()) Add(metadata, StatusCodes.Status404NotFound);
            if (!HttpMethods.IsGet(method)) Add(metadata, StatusCodes.Status409Conflict); // a booked slot, a taken name, a state that refuses it
            if (metadata.OfType<RateLimitedAttribute>().Any()) Add(metadata, StatusCodes.Status429TooManyRequests);
            if (studio) Add(metadata, StatusCodes.Status503ServiceUnavailable); // database_unavailable, with Retry-After
        });
        return group;
    }

    /// <summary>A sign-in's own refusals: 401 invalid_credentials (with the attempts left), 423 sign_in_locked.</summary>
    public static RouteHandlerBuilder DeclareSignInRefusals(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status423Locked);

    private static void Add(IList<object> metadata, int status, Type? type = null)
    {
        if (metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == status)) return;
        metadata.Add(new ProducesResponseTypeMetadata(status, type ?? typeof(ProblemDetails), ProblemJson));
    }
}
