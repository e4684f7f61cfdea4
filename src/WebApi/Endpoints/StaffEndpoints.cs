using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Accounts.Staff.ChangeStaffRole;
using RecordingStudio.Application.Accounts.Staff.DeactivateStaff;
using RecordingStudio.Application.Accounts.Staff.GetStaff;
using RecordingStudio.Application.Accounts.Staff.InviteStaff;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

public sealed record RoleChange(AccountRole Role);

/// <summary>Staff accounts, managed by Owners.</summary>
public sealed class StaffEndpoints : IEndpointGroup
{
    public static string Description => "Staff accounts, managed by Owners.";

    public static string Prefix => "/api/staff";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/", List);
        group.MapPost("/invitations", Invite);
        group.MapPut("/{id:guid}/role", ChangeRole);
        group.MapPost("/{id:guid}/deactivate", Deactivate);
    }

    static async Task<Ok<PagedResult<AccountDto>>> List([AsParameters] GetStaffQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    static async Task<Created<AccountDto>> Invite(InviteStaffCommand command, ISender sender, CancellationToken ct)
    {
        var account = await sender.Send(command, ct);
        return TypedResults.Created($"{Prefix}/{account.Id}", account);
    }

    static async Task<Ok<AccountDto>> ChangeRole(Guid id, RoleChange change, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ChangeStaffRoleCommand(id, change.Role), ct));

    static async Task<Ok<AccountDto>> Deactivate(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new DeactivateStaffCommand(id), ct));
}
