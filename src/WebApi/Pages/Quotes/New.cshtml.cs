using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.GetClient;
using RecordingStudio.Application.Studio.Invoices.GetBillableSessions;
using RecordingStudio.Application.Studio.Quotes.CreateQuote;
using RecordingStudio.Application.Studio.Quotes.GetQuotableSessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Application.Studio.Settings.GetStudioSettings;
using RecordingStudio.WebApi.Pages.Invoices;

namespace RecordingStudio.WebApi.Pages.Quotes;

/// <summary>A quote for one client: their sessions to come (holds and pencilled-in ones too, all ticked), free lines, how long it holds.</summary>
public sealed class NewQuoteModel(ISender sender) : StudioPageModel(sender)
{
    public ClientDto? Client { get; private set; }
    public IReadOnlyList<BillableSessionDto> Quotable { get; private set; } = [];
    public StudioSettingsDto Settings { get; private set; } = null!;
    [BindProperty] public List<Guid> SessionIds { get; set; } = [];
    [BindProperty] public List<FreeLineForm> Lines { get; set; } = [];
    [BindProperty] public DateOnly? ValidUntil { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid clientId)
    {
        if (!await LoadAsync(clientId)) return NotFound();
        SessionIds = Quotable.Select(q => q.SessionId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid clientId)
    {
        if (!await LoadAsync(clientId)) return NotFound();
        if (!FreeLineForm.Readable(Lines, ModelState)) return Page();
        if (await TrySendAsync(new CreateQuoteCommand(clientId, SessionIds, Lines: FreeLineForm.Filled(Lines), ValidUntil: ValidUntil)) is { } quote)
        {
            Notice = T["Quotes.MadeNotice", quote.Number, quote.Client, Money(quote.Gross, quote.Currency)];
            return Redirect($"/quotes/{quote.Id}");
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid clientId)
    {
        var ct = HttpContext.RequestAborted;
        Client = await FindAsync(new GetClientQuery(clientId));
        if (Client is null) return false;
        Quotable = await Sender.Send(new GetQuotableSessionsQuery(clientId), ct);
        Settings = await Sender.Send(new GetStudioSettingsQuery(), ct);
        Lines = FreeLineForm.Padded(Lines);
        return true;
    }
}
