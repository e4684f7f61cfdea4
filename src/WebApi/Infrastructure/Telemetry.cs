using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Telemetry;
using RecordingStudio.Infrastructure;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>
/// Traces and metrics with OpenTelemetry: ASP.NET Core, outgoing HTTP (the assistant's providers, Stripe), Npgsql and
/// the product's own <c>rsm.*</c> meter. Exported with OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and
/// scraped by Prometheus at <c>/metrics</c> on the platform's host only (a studio's host answers 404), behind a bearer
/// token when <c>Metrics:ScrapeToken</c> is set.
/// </summary>
public static class Telemetry
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("recording-studio-manager"))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddStudioDatabases())
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddStudioDatabases()
                .AddMeter(RsmMetrics.MeterName).AddPrometheusExporter());
        if (!string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) telemetry.UseOtlpExporter();
        return services;
    }

    public static WebApplication MapMetrics(this WebApplication app)
    {
        var token = app.Configuration["Metrics:ScrapeToken"];
        app.MapPrometheusScrapingEndpoint("/metrics")
            .WithMetadata(new HostKindMetadata(HostKind.Platform))
            .AddEndpointFilter(async (context, next) =>
            {
                if (string.IsNullOrEmpty(token) || HasToken(context.HttpContext.Request, token)) return await next(context);
                context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer realm=\"metrics\"";
                return Results.Unauthorized();
            });
        return app;
    }

    /// <summary>"Bearer &lt;token&gt;" (the scheme in any case), compared in constant time.</summary>
    private static bool HasToken(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), System.Text.Encoding.UTF8.GetBytes(token));
    }
}

/// <summary>
/// Every log line of a request carries the studio's subdomain and the trace id (a log scope), and every request is
/// counted by studio and outcome (rsm.requests). After the host is resolved, so only known studios are labels.
/// </summary>
public sealed class RequestTelemetryMiddleware(RequestDelegate next, ILogger<RequestTelemetryMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http, ITenantContext tenant)
    {
        var studio = tenant.Tenant?.Subdomain ?? "platform";
        // Counted once the answer is complete: a refusal becomes its 4xx in the exception handler, outside this middleware.
        http.Response.OnCompleted(() =>
        {
            RsmMetrics.Requests.Add(1, RsmMetrics.Tag("studio", studio), RsmMetrics.Tag("outcome", $"{http.Response.StatusCode / 100}xx"));
            return Task.CompletedTask;
        });
        using var scope = logger.BeginScope(LogScope(studio));
        await next(http);
    }

    /// <summary>
    /// The request's log scope, also for the exception handler's lines (it runs outside this middleware, after the
    /// scope has ended — and its 503 and 500 lines are those an operator looks for first).
    /// </summary>
    public static Dictionary<string, object?> LogScope(HttpContext http) =>
        LogScope(http.RequestServices.GetService<ITenantContext>()?.Tenant?.Subdomain ?? "platform");

    private static Dictionary<string, object?> LogScope(string studio) =>
        new() { ["Studio"] = studio, ["TraceId"] = Activity.Current?.TraceId.ToString() };
}
