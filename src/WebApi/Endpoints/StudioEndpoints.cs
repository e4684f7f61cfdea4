using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Platform.Plans;
using RecordingStudio.Application.Platform.Plans.GetPlans;
using RecordingStudio.Application.Platform.Plans.RequestPlan;
using RecordingStudio.Application.Studio.Overview.GetStudioOverview;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Application.Studio.Settings.SetStudioLanguage;
using RecordingStudio.Application.Studio.Settings.GetStudioSettings;
using RecordingStudio.Application.Studio.Settings.UpdateStudioSettings;
using RecordingStudio.WebApi.Infrastructure;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Endpoints;

public sealed class StudioEndpoints : IEndpointGroup
{
    public static string Description => "The studio's settings, its overview and its plan.";

    public static string Prefix => "/api/studio";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/settings", GetSettings);
        group.MapPut("/settings", UpdateSettings);
        group.MapGet("/overview", Overview);
        group.MapPut("/language", SetLanguage);
        group.MapGet("/plan", Plan);
        group.MapPost("/plan/request", RequestPlan).WithRateLimit(SecurityRegistration.BookingRequestRateLimit);
    }

    /// <summary>Owners: the language the studio speaks to whoever has not chosen one (<c>{"language": "fr"}</c>).</summary>
    static async Task<Ok<StudioLanguageDto>> SetLanguage(SetStudioLanguageCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));

    /// <summary>The studio's plan, its trial's end, the plan it asked for and the plans it may choose.</summary>
    static async Task<Ok<StudioPlanDto>> Plan(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetStudioPlanQuery(), ct));

    /// <summary>Owners: ask for a plan (also once the trial has ended); the platform's operator is told and sets it.</summary>
    static async Task<Ok<StudioPlanDto>> RequestPlan(RequestPlanCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));

    static async Task<Ok<StudioSettingsDto>> GetSettings(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetStudioSettingsQuery(), ct));

    static async Task<Ok<StudioSettingsDto>> UpdateSettings(UpdateStudioSettingsCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));

    static async Task<Ok<StudioOverviewDto>> Overview(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetStudioOverviewQuery(), ct));
}
