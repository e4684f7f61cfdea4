using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.GetAllClients;

namespace RecordingStudio.WebApi.Pages;

public sealed class ClientsModel(ISender sender) : StudioPageModel(sender)
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    public PagedResult<ClientDto> Result { get; private set; } = null!;

    public async Task OnGetAsync() =>
        Result = await Sender.Send(new GetAllClientsQuery(Search?.Length > 200 ? Search[..200] : Search, PageSize: 100), HttpContext.RequestAborted);
}
