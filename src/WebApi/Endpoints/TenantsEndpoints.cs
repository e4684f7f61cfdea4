using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Platform.Tenants.CheckSubdomainAvailability;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>Platform endpoints on the apex host.</summary>
public sealed class TenantsEndpoints : IEndpointGroup
{
    public static string Description => "Platform endpoints on the apex host.";

    public static string Prefix => "/api/tenants";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequirePlatformHost();
        group.MapGet("/availability", Availability);
    }

    static async Task<Ok<SubdomainAvailabilityDto>> Availability(string? subdomain, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CheckSubdomainAvailabilityQuery(subdomain), ct));
}
