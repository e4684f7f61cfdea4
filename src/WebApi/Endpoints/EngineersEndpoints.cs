using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Engineers.CreateEngineer;
using RecordingStudio.Application.Studio.Engineers.GetEngineer;
using RecordingStudio.Application.Studio.Engineers.GetEngineers;
using RecordingStudio.Application.Studio.Engineers.UpdateEngineer;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

public sealed class EngineersEndpoints : IEndpointGroup
{
    public static string Description => "The studio's engineers and their rates.";

    public static string Prefix => "/api/engineers";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create);
        group.MapPut("/{id:guid}", Update);
    }

    static async Task<Ok<PagedResult<EngineerDto>>> List([AsParameters] GetEngineersQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    static async Task<Ok<EngineerDto>> Get(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetEngineerQuery(id), ct));

    static async Task<Created<EngineerDto>> Create(CreateEngineerCommand command, ISender sender, CancellationToken ct)
    {
        var engineer = await sender.Send(command, ct);
        return TypedResults.Created($"{Prefix}/{engineer.Id}", engineer);
    }

    static async Task<Ok<EngineerDto>> Update(Guid id, UpdateEngineerCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command with { Id = id }, ct));
}
