using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Accounts.Portal.InviteClientToPortal;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.GetClient;
using RecordingStudio.Application.Studio.Clients.UpdateClient;
using RecordingStudio.Application.Studio.Sessions.GetSessions;
using RecordingStudio.Application.Studio;
using RecordingStudio.Application.Studio.Sessions;

namespace RecordingStudio.WebApi.Pages.Clients;

/// <summary>One client: details (editable by Managers and Owners), the portal invitation and their sessions from today on.</summary>
public sealed class ClientModel(ISender sender, StudioTime time, SessionViews views, ICurrentUser user, TimeProvider clock) : StudioPageModel(sender)
{
    [BindProperty] public UpdateClientCommand Details { get; set; } = null!;

    public ClientDto Client { get; private set; } = null!;
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];
    public bool CanManage => user.Role?.Grants(Access.ManageStudioData) == true;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await TryLoadAsync(id)) return NotFound();
        Details = new UpdateClientCommand(Client.Id, Client.Name, Client.Email, Client.Phone, Client.ArtistName, Client.Notes, Client.BillingAddress, Client.TaxId);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        ModelState.Clear();
        if (await TrySendAsync(Details with { Id = id }, nameof(Details)) is { } saved) return RedirectWithNotice(T["Notice.Saved", saved.Name], new { id });
        return await TryLoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id)
    {
        ModelState.Clear();
        if (await TrySendAsync(new InviteClientToPortalCommand(id)) is { } account)
            return RedirectWithNotice(T["Clients.Invited", account.Email], new { id });
        if (!await TryLoadAsync(id)) return NotFound();
        Details = new UpdateClientCommand(Client.Id, Client.Name, Client.Email, Client.Phone, Client.ArtistName, Client.Notes, Client.BillingAddress, Client.TaxId);
        return Page();
    }

    private async Task<bool> TryLoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await FindAsync(new GetClientQuery(id)) is not { } found) return false;
        Client = found;
        var today = (await time.CalendarAsync(ct)).Today(clock.GetUtcNow());
        Sessions = await views.ViewAsync((await Sender.Send(new GetSessionsQuery(From: today.Start, ClientId: id, PageSize: 50), ct)).Items, ct);
        return true;
    }
}
