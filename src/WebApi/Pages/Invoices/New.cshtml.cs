using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.GetClient;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Invoices.CreateInvoice;
using RecordingStudio.Application.Studio.Invoices.GetBillableSessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Application.Studio.Settings.GetStudioSettings;

namespace RecordingStudio.WebApi.Pages.Invoices;

/// <summary>A draft for one client: their booked sessions not yet invoiced (those already past ticked) and up to three free lines.</summary>
public sealed class NewInvoiceModel(ISender sender, Application.Studio.StudioTime time, TimeProvider clock) : StudioPageModel(sender)
{
    public ClientDto? Client { get; private set; }
    public IReadOnlyList<BillableSessionDto> Billable { get; private set; } = [];
    public StudioSettingsDto Settings { get; private set; } = null!;
    [BindProperty] public List<Guid> SessionIds { get; set; } = [];
    [BindProperty] public List<FreeLineForm> Lines { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid clientId)
    {
        if (!await LoadAsync(clientId)) return NotFound();
        // Ticked: what has taken place (a session to come is billed once it has, unless the studio ticks it).
        var today = (await time.CalendarAsync(HttpContext.RequestAborted)).DateOf(clock.GetUtcNow());
        SessionIds = Billable.Where(b => b.Day <= today).Select(b => b.SessionId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid clientId)
    {
        if (!await LoadAsync(clientId)) return NotFound();
        if (!FreeLineForm.Readable(Lines, ModelState)) return Page();
        if (await TrySendAsync(new CreateInvoiceCommand(clientId, SessionIds, FreeLineForm.Filled(Lines))) is { } draft)
        {
            Notice = T["Invoices.DraftNotice", draft.Client, draft.Lines.Count, Money(draft.Gross, draft.Currency)];
            return Redirect($"/invoices/{draft.Id}");
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid clientId)
    {
        var ct = HttpContext.RequestAborted;
        Client = await FindAsync(new GetClientQuery(clientId));
        if (Client is null) return false;
        Billable = await Sender.Send(new GetBillableSessionsQuery(clientId), ct);
        Settings = await Sender.Send(new GetStudioSettingsQuery(), ct);
        Lines = FreeLineForm.Padded(Lines);
        return true;
    }
}
