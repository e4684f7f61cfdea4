using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Studio.Overview.GetStudioOverview;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Application.Studio.Settings.GetStudioSettings;
using RecordingStudio.Application.Studio.Settings.UpdateStudioSettings;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

public sealed class StudioEndpoints : IEndpointGroup
{
    public static string Description => "The studio's settings and its overview.";

    public static string Prefix => "/api/studio";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/settings", GetSettings);
        group.MapPut("/settings", UpdateSettings);
        group.MapGet("/overview", Overview);
    }

    static async Task<Ok<StudioSettingsDto>> GetSettings(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetStudioSettingsQuery(), ct));

    static async Task<Ok<StudioSettingsDto>> UpdateSettings(UpdateStudioSettingsCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));

    static async Task<Ok<StudioOverviewDto>> Overview(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetStudioOverviewQuery(), ct));
}
