using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Invoices.GetInvoices;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.WebApi.Pages.Invoices;

/// <summary>The studio's invoices, newest first, of one state or all; a new invoice starts from a client.</summary>
public sealed class InvoicesModel(ISender sender) : StudioPageModel(sender)
{
    public PagedResult<InvoiceDto> Invoices { get; private set; } = null!;
    public IReadOnlyList<ClientDto> Clients { get; private set; } = [];
    [FromQuery] public InvoiceStatus? Status { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Invoices = await Sender.Send(new GetInvoicesQuery(Status: Status, Page: Math.Clamp(PageNumber, 1, Paging.MaxPage), PageSize: 50), ct);
        Clients = (await Sender.Send(new GetAllClientsQuery(PageSize: Paging.MaxPageSize), ct)).Items;
    }
}
