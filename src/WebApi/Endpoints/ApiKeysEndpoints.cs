using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Accounts.ApiKeys;
using RecordingStudio.Application.Accounts.ApiKeys.CreateApiKey;
using RecordingStudio.Application.Accounts.ApiKeys.GetApiKeys;
using RecordingStudio.Application.Accounts.ApiKeys.RevokeApiKey;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>API keys for integrations, managed by Owners; a key's text is shown once, in the creation answer.</summary>
public sealed class ApiKeysEndpoints : IEndpointGroup
{
    public static string Description => "API keys for integrations, managed by Owners; a key's text is shown once, in the creation answer.";

    public static string Prefix => "/api/api-keys";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/", List);
        group.MapPost("/", Create);
        group.MapDelete("/{id:guid}", Revoke);
    }

    static async Task<Ok<PagedResult<ApiKeyDto>>> List([AsParameters] GetApiKeysQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    static async Task<Created<CreatedApiKeyDto>> Create(CreateApiKeyCommand command, ISender sender, CancellationToken ct)
    {
        var key = await sender.Send(command, ct);
        return TypedResults.Created($"{Prefix}/{key.Id}", key);
    }

    static async Task<NoContent> Revoke(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new RevokeApiKeyCommand(id), ct);
        return TypedResults.NoContent();
    }
}
