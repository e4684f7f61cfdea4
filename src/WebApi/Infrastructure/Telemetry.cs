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
                string.IsNullOrEmpty(token) || context.HttpContext.Request.Headers.Authorization == $"Bearer {token}"
                    ? await next(context)
                    : Results.Unauthorized());
        return app;
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
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["Studio"] = studio, ["TraceId"] = Activity.Current?.TraceId.ToString() });
        await next(http);
    }
}
