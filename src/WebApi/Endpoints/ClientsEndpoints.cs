using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Accounts.Portal.InviteClientToPortal;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.ArchiveClient;
using RecordingStudio.Application.Studio.Clients.CountClients;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Clients.GetClient;
using RecordingStudio.Application.Studio.Clients.UpdateClient;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

public sealed class ClientsEndpoints : IEndpointGroup
{
    public static string Description => "The studio's clients: search, create, update, archive, invite to the portal.";

    public static string Prefix => "/api/clients";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/", List);
        group.MapGet("/count", Count);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create);
        group.MapPut("/{id:guid}", Update);
        group.MapPost("/{id:guid}/archive", Archive);
        group.MapPost("/{id:guid}/portal-invitation", InviteToPortal);
    }

    static async Task<Ok<PagedResult<ClientDto>>> List([AsParameters] GetAllClientsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    static async Task<Ok<ClientCountDto>> Count(bool? includeArchived, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CountClientsQuery(includeArchived ?? false), ct));

    static async Task<Ok<ClientDto>> Get(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetClientQuery(id), ct));

    static async Task<Created<ClientDto>> Create(CreateClientCommand command, ISender sender, CancellationToken ct)
    {
        var client = await sender.Send(command, ct);
        return TypedResults.Created($"{Prefix}/{client.Id}", client);
    }

    static async Task<Ok<ClientDto>> Update(Guid id, UpdateClientCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command with { Id = id }, ct));

    static async Task<Created<AccountDto>> InviteToPortal(Guid id, ISender sender, CancellationToken ct)
    {
        var account = await sender.Send(new InviteClientToPortalCommand(id), ct);
        return TypedResults.Created($"{Prefix}/{id}", account);
    }

    static async Task<Ok<ClientDto>> Archive(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ArchiveClientCommand(id), ct));
}
