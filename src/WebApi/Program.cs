using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using RecordingStudio.Application;
using RecordingStudio.Infrastructure;
using RecordingStudio.WebApi;
using RecordingStudio.WebApi.Endpoints;
using RecordingStudio.WebApi.Infrastructure;
using RecordingStudio.WebApi.Mcp;
using RecordingStudio.WebApi.Security;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddWebApi()
    .AddStudioLocalization()
    .AddStudioSecurity(builder.Configuration, builder.Environment)
    .AddTelemetry(builder.Configuration)
    .AddStudioMcpServer();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseMiddleware<SecurityHeadersMiddleware>();
if (SecurityRegistration.RequiresHttps(app.Configuration, app.Environment))
{
    app.UseHsts();
    app.UseMiddleware<HttpsRequiredMiddleware>();
}
app.UseHostFiltering();
app.UseStaticFiles();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStudioTenancy(); // host → studio → credential → limits → authorization: see why in StudioPipeline

app.MapOpenApi();
app.MapScalarApiReference(options => options.DisableDefaultFonts()); // its default fonts come from a CDN
app.MapRazorPages();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapMetrics();

app.MapEndpointGroup<ClientsEndpoints>();
app.MapEndpointGroup<RoomsEndpoints>();
app.MapEndpointGroup<EngineersEndpoints>();
app.MapEndpointGroup<SessionsEndpoints>();
app.MapEndpointGroup<CalendarEndpoints>();
app.MapEndpointGroup<CalendarFeedsEndpoints>();
app.MapEndpointGroup<SeriesEndpoints>();
app.MapEndpointGroup<BookingRequestsEndpoints>();
app.MapEndpointGroup<InvoicesEndpoints>();
app.MapEndpointGroup<QuotesEndpoints>();
app.MapEndpointGroup<PaymentsEndpoints>();
app.MapEndpointGroup<ReportsEndpoints>();
app.MapEndpointGroup<ICalEndpoints>();
app.MapEndpointGroup<StudioEndpoints>();
app.MapEndpointGroup<TenantsEndpoints>();
app.MapEndpointGroup<AuthEndpoints>();
app.MapEndpointGroup<PortalEndpoints>();
app.MapEndpointGroup<StaffEndpoints>();
app.MapEndpointGroup<ApiKeysEndpoints>();
app.MapEndpointGroup<SignupEndpoints>();
app.MapEndpointGroup<AssistantEndpoints>();
app.MapStudioMcpServer();

app.Run();

public partial class Program;
