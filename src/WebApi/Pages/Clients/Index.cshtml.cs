using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.ArchiveClient;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Application.Studio.Clients.GetAllClients;

namespace RecordingStudio.WebApi.Pages.Clients;

/// <summary>Clients with search; Managers and Owners add and archive them (the API's commands).</summary>
public sealed class ClientsModel(ISender sender, ICurrentUser user) : StudioPageModel(sender)
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty] public CreateClientCommand NewClient { get; set; } = Blank;

    public PagedResult<ClientDto> Result { get; private set; } = null!;
    public bool CanManage => user.Role?.Grants(Access.ManageStudioData) == true;

    private static readonly CreateClientCommand Blank = new("", null, null, null, null);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        ModelState.Clear();
        if (await TrySendAsync(NewClient, nameof(NewClient)) is { } client) return RedirectWithNotice(T["Notice.Added", client.Name]);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid id)
    {
        ModelState.Clear();
        NewClient = Blank;
        if (await TrySendAsync(new ArchiveClientCommand(id)) is { } client)
            return RedirectWithNotice(T["Clients.Archived", client.Name]);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Result = await Sender.Send(new GetAllClientsQuery(Search?.Length > 200 ? Search[..200] : Search, PageSize: 100), HttpContext.RequestAborted);
}
