using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Studio.BookingRequests;
using RecordingStudio.Application.Studio.BookingRequests.GetMyBookingRequests;
using RecordingStudio.Application.Studio.BookingRequests.GetRequestableRooms;
using RecordingStudio.Application.Studio.BookingRequests.RequestBooking;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Portal.CreateMyCalendarFeed;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Portal.GetMyInvoices;
using RecordingStudio.Application.Studio.Portal.AcceptMyQuote;
using RecordingStudio.Application.Studio.Portal.DeclineMyQuote;
using RecordingStudio.Application.Studio.Portal.GetMyQuotes;
using RecordingStudio.Application.Studio.Portal.GetMyPaymentOptions;
using RecordingStudio.Application.Studio.Portal.StartMyCheckout;
using RecordingStudio.Application.Studio.Quotes;
using RecordingStudio.Application.Studio.Portal.GetMyProfile;
using RecordingStudio.Application.Studio.Portal.GetMySessions;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Application.Studio;

namespace RecordingStudio.WebApi.Pages.Portal;

/// <summary>A client's own sessions; the queries only ever return the signed-in client's data.</summary>
public sealed class ClientSessionsModel(ISender sender, TimeProvider clock) : StudioPageModel(sender)
{
    public ClientDto Profile { get; private set; } = null!;
    public MySessionsDto Sessions { get; private set; } = null!;
    public IReadOnlyList<BookingRequestDto> Requests { get; private set; } = [];
    public IReadOnlyList<RoomChoiceDto> Rooms { get; private set; } = [];
    public IReadOnlyList<InvoiceDto> Invoices { get; private set; } = [];
    public IReadOnlyList<QuoteDto> Quotes { get; private set; } = [];
    public bool OnlinePayment { get; private set; }
    [BindProperty] public RequestForm Ask { get; set; } = new();
    /// <summary>Shown once, right after it is made: the address of the client's calendar feed.</summary>
    public string? FeedUrl { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Profile = await Sender.Send(new GetMyProfileQuery(), ct);
        Sessions = await Sender.Send(new GetMySessionsQuery(), ct);
        Requests = (await Sender.Send(new GetMyBookingRequestsQuery(PageSize: 10), ct)).Items;
        Rooms = (await Sender.Send(new GetRequestableRoomsQuery(), ct)).Items;
        Invoices = (await Sender.Send(new GetMyInvoicesQuery(PageSize: 20), ct)).Items;
        Quotes = (await Sender.Send(new GetMyQuotesQuery(PageSize: 20), ct)).Items;
        OnlinePayment = (await Sender.Send(new GetMyPaymentOptionsQuery(), ct)).OnlinePayment;
        if (Ask.Date == default) Ask.Date = Calendar.DateOf(clock.GetUtcNow()).AddDays(1);
    }

    /// <summary>Asks the studio for a slot; the studio answers by e-mail and here.</summary>
    public async Task<IActionResult> OnPostRequestAsync()
    {
        ModelState.Clear();
        await OnGetAsync();
        if (Ask.DayRefusal(Calendar.DateOf(clock.GetUtcNow())) is var (field, message))
        {
            ModelState.AddModelError($"Ask.{field}", message);
            return Page();
        }
        var (start, end) = Ask.Instants(Calendar);
        var sent = await TrySendAsync(new RequestBookingCommand(start, end, Ask.RoomId, null,
            string.IsNullOrWhiteSpace(Ask.Note) ? null : Ask.Note), nameof(Ask));
        if (sent is null) return Page();
        return RedirectWithNotice(T["Portal.RequestSent", StudioTime.When(sent.StartsAt, sent.EndsAt, Calendar), sent.Room ?? T["Portal.AnyRoom"]]);
    }

    public async Task<IActionResult> OnPostAcceptQuoteAsync(Guid id)
    {
        ModelState.Clear();
        if (await TrySendAsync(new AcceptMyQuoteCommand(id)) is { } accepted)
            return RedirectWithNotice(accepted.Lines.Any(l => l.SessionId is not null)
                ? T["Portal.QuoteAcceptedSessions", accepted.Number] : T["Portal.QuoteAccepted", accepted.Number]);
        return await QuoteRefusedAsync();
    }

    public async Task<IActionResult> OnPostDeclineQuoteAsync(Guid id, string? note)
    {
        ModelState.Clear();
        if (await TrySendAsync(new DeclineMyQuoteCommand(id, string.IsNullOrWhiteSpace(note) ? null : note)) is { } declined)
            return RedirectWithNotice(T["Portal.QuoteDeclined", declined.Number]);
        return await QuoteRefusedAsync();
    }

    /// <summary>Off to the payment page for what is left to pay; the payment shows here once Stripe tells the studio.</summary>
    public async Task<IActionResult> OnPostPayAsync(Guid id)
    {
        ModelState.Clear();
        if (await TrySendAsync(new StartMyCheckoutCommand(id)) is { } checkout) return Redirect(checkout.Url);
        return await QuoteRefusedAsync();
    }

    /// <summary>Why an answer to a quote (or a payment) was refused, shown with them rather than with the request form.</summary>
    public string? QuoteError { get; private set; }

    private async Task<IActionResult> QuoteRefusedAsync()
    {
        QuoteError = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        ModelState.Clear();
        await OnGetAsync();
        return Page();
    }

    /// <summary>"to answer by 30 Dec 2026", "accepted", "expired".</summary>
    public string QuoteState(QuoteDto quote) => quote switch
    {
        { Status: QuoteStatus.Sent, Expired: true } => T["Portal.QuoteExpired"],
        { Status: QuoteStatus.Sent } => T["Portal.QuoteAnswerBy", quote.ValidUntil.ToString("d MMM yyyy")],
        _ => T["QuoteStatus." + quote.Status],
    };

    /// <summary>The session the client comes to next, shown first with everything needed to get there.</summary>
    public PortalSessionDto? Next => Sessions.Upcoming.FirstOrDefault(s => s.Status.BlocksSchedule());

    /// <summary>"on hold", "confirmed"… as the client reads it.</summary>
    public string StatusOf(SessionStatus status) => T["Status." + status];

    private StudioCalendar Calendar => new(Sessions.TimeZone);

    public string When(BookingRequestDto request) => StudioTime.When(request.StartsAt, request.EndsAt, Calendar);

    /// <summary>What the request form posts: a slot on the studio's clock, a room or any, a note.</summary>
    public sealed class RequestForm : Sessions.StudioSlotForm
    {
        public string? Note { get; set; }
    }

    /// <summary>A new feed address (the earlier one stops working), shown on the page rather than redirected away: it is shown once.</summary>
    public async Task OnPostFeedAsync()
    {
        FeedUrl = (await Sender.Send(new CreateMyCalendarFeedCommand(), HttpContext.RequestAborted)).Url;
        await OnGetAsync();
    }

    public string When(PortalSessionDto session) => StudioTime.When(session.StartsAt, session.EndsAt, Calendar);

    /// <summary>"516.00 EUR" when the session has a price.</summary>
    public string? PriceOf(PortalSessionDto session) =>
        session.Price is { Currency.Length: > 0, Gross: > 0 } price ? Money(price.Gross, price.Currency) : null;
}
