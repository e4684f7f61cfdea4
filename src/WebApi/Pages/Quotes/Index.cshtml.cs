using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Quotes;
using RecordingStudio.Application.Studio.Quotes.GetQuotes;

namespace RecordingStudio.WebApi.Pages.Quotes;

/// <summary>The studio's quotes, newest first; a new one starts from a client.</summary>
public sealed class QuotesModel(ISender sender) : StudioPageModel(sender)
{
    public IReadOnlyList<QuoteDto> Quotes { get; private set; } = [];
    public IReadOnlyList<ClientDto> Clients { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Quotes = (await Sender.Send(new GetQuotesQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        Clients = (await Sender.Send(new GetAllClientsQuery(PageSize: Paging.MaxPageSize), ct)).Items;
    }
}
