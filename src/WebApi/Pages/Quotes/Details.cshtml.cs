using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Studio.Quotes;
using RecordingStudio.Application.Studio.Quotes.GetQuote;
using RecordingStudio.Application.Studio.Quotes.SendQuote;

namespace RecordingStudio.WebApi.Pages.Quotes;

/// <summary>A quote: its lines and state; send it (again), download it; once accepted, invoice its sessions.</summary>
public sealed class QuoteModel(ISender sender) : StudioPageModel(sender)
{
    public QuoteDto Quote { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSendAsync(Guid id) =>
        await TrySendAsync(new SendQuoteCommand(id)) is { } sent
            ? RedirectWithNotice(T["Quote.SentNotice", sent.Number, sent.Client], new { id })
            : await LoadAsync(id) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await FindAsync(new GetQuoteQuery(id)) is not { } quote) return false;
        Quote = quote;
        return true;
    }
}
