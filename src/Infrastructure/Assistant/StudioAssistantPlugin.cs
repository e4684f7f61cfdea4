using System.Reflection;
using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using RecordingStudio.Application.Assistant;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Clients.CountClients;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Invoices.CreateInvoice;
using RecordingStudio.Application.Studio.Invoices.GetBillableSessions;
using RecordingStudio.Application.Studio.Overview.GetStudioOverview;
using RecordingStudio.Application.Studio.Quotes.CreateQuote;
using RecordingStudio.Application.Studio.Quotes.GetQuotableSessions;
using RecordingStudio.Application.Studio.Reports.GetOutstandingReport;
using RecordingStudio.Application.Studio.Reports.GetRevenueReport;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Series.CreateSeries;
using RecordingStudio.Application.Studio.Sessions.CancelSession;
using RecordingStudio.Application.Studio.Sessions.ChallengeHold;
using RecordingStudio.Application.Studio.Sessions.CheckAvailability;
using RecordingStudio.Application.Studio.Sessions.ConfirmSession;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Application.Studio.Sessions.FindFreeSlots;
using RecordingStudio.Application.Studio.Sessions.GetSession;
using RecordingStudio.Application.Studio.Sessions.GetSessions;
using RecordingStudio.Application.Studio.Sessions.GetUpcomingSessions;
using RecordingStudio.Application.Studio.Sessions.ReleaseHold;
using RecordingStudio.Application.Studio.Sessions.RescheduleSession;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Assistant;

/// <summary>
/// The bodies of the assistant's functions (listed, described and given their access in <see cref="AssistantFunctions"/>).
/// Each one sends an Application command or query through the request's mediator, as the signed-in staff member, and
/// answers compactly with names and studio time. Changes are only proposed: they wait for the staff member's confirmation.
/// </summary>
public sealed class StudioAssistantPlugin(ISender sender, StudioNames names, StudioTime time, SessionViews views, OverlapExplanations overlaps,
    AssistantTurn turn, IServiceProvider services, ILogger<StudioAssistantPlugin> logger)
{
    public const string Name = "studio";

    /// <summary>What the model is told when a function fails for a reason that is not the person's: a sentence, no exception text.</summary>
    public const string Failed = "Failed: this could not be done just now. Tell the user plainly and suggest trying again in a moment.";

    /// <summary>
    /// The kernel functions of these registry entries, each bound to its method here, named after it
    /// (count_clients → CountClientsAsync); the name and description the model sees are the registry's.
    /// </summary>
    public IEnumerable<KernelFunction> KernelFunctions(IEnumerable<AssistantFunction> functions) =>
        functions.Select(f => KernelFunctionFactory.CreateFromMethod(MethodOf(f.Name), this, f.Name, f.Description));

    public static MethodInfo MethodOf(string function) =>
        typeof(StudioAssistantPlugin).GetMethod(string.Concat(function.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Async")
        ?? throw new InvalidOperationException($"The assistant plugin has no method for '{function}'.");

    private const int MaxRows = 10;

    /// <summary>The most sessions one call lists when asked (a week's calendar read as a resource).</summary>
    public const int MaxListedRows = 100;

    /// <summary>How a refused booking's answer starts: what is in the way and the free slots, as data the model can use.</summary>
    private const string RefusedJson = "{\"booked\":false";

    public Task<string> CountClientsAsync(CancellationToken ct) =>
        RunAsync("count_clients", new { }, async () => $"{(await sender.Send(new CountClientsQuery(), ct)).Count} active clients");

    public Task<string> GetAllClientsAsync(string? search = null, int limit = MaxRows, CancellationToken ct = default) =>
        RunAsync("get_all_clients", new { search, limit }, async () =>
        {
            var page = await sender.Send(new GetAllClientsQuery(search, PageSize: Math.Clamp(limit, 1, MaxRows)), ct);
            return Json(new { total = page.TotalCount, clients = page.Items.Select(c => new { c.Name, artist = c.ArtistName, c.Email, c.Phone }) });
        });

    public Task<string> GetClientAsync(string name, CancellationToken ct = default) =>
        RunAsync("get_client", new { name }, async () =>
        {
            var client = await names.FindClientAsync(name, ct);
            if (client is null) return $"No client called {name}.";
            var upcoming = await sender.Send(new GetUpcomingSessionsQuery(ClientId: client.Id, PageSize: 5), ct);
            // Notes are the studio's private remarks, and text a model must not take as instructions: never returned.
            return Json(new { client.Name, artist = client.ArtistName, client.Email, client.Phone, upcoming = await DescribeAsync(upcoming.Items, ct) });
        });

    public Task<string> GetSessionsAsync(string from, string to, string? room = null, string? client = null, string? engineer = null,
        string? status = null, int limit = MaxRows, CancellationToken ct = default) =>
        RunAsync("get_sessions", new { from, to, room, client, engineer, status, limit }, async () =>
        {
            var roomId = await RoomIdAsync(room, ct);
            var clientId = await ClientIdAsync(client, ct);
            var engineerId = await EngineerIdAsync(engineer, ct);
            SessionStatus? wanted = Enum.TryParse<SessionStatus>(status, true, out var s) ? s : null;
            var page = await sender.Send(new GetSessionsQuery(await TimeAsync(from, "from", ct), await TimeAsync(to, "to", ct),
                roomId, clientId, engineerId, wanted, PageSize: Math.Clamp(limit, 1, MaxListedRows)), ct);
            // "total" next to what is listed: a reader sees when there is more than it was given.
            return Json(new { total = page.TotalCount, listed = page.Items.Count, sessions = await views.DescribeAsync(page.Items, ct) });
        });

    public Task<string> GetUpcomingSessionsAsync(int limit = 5, CancellationToken ct = default) =>
        RunAsync("get_upcoming_sessions", new { limit }, async () =>
            Json(await DescribeAsync((await sender.Send(new GetUpcomingSessionsQuery(PageSize: Math.Clamp(limit, 1, MaxRows)), ct)).Items, ct)));

    public Task<string> CheckAvailabilityAsync(string start, string end, string? room = null, string? engineer = null, CancellationToken ct = default) =>
        RunAsync("check_availability", new { start, end, room, engineer }, async () =>
        {
            var roomId = await RoomIdAsync(room, ct);
            var engineerId = await EngineerIdAsync(engineer, ct);
            var answer = await sender.Send(new CheckAvailabilityQuery(roomId, engineerId, await TimeAsync(start, "start", ct), await TimeAsync(end, "end", ct)), ct);
            return answer.IsAvailable ? "free" : Json(new { free = false, in_the_way = await DescribeAsync(answer.Conflicts, ct) });
        });

    public Task<string> FindFreeSlotsAsync(string day, double hours, string? room = null, string? engineer = null, CancellationToken ct = default) =>
        RunAsync("find_free_slots", new { day, hours, room, engineer }, async () =>
        {
            var roomId = await RoomIdAsync(room, ct);
            var engineerId = await EngineerIdAsync(engineer, ct);
            var date = DateOnly.TryParse(day, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : throw Invalid("day", day, "yyyy-MM-dd");
            var slots = await sender.Send(new FindFreeSlotsQuery(roomId, engineerId, date, (int)(hours * 60)), ct);
            var calendar = await time.CalendarAsync(ct);
            return slots.Count == 0 ? "no free slot" : Json(slots.Select(s => StudioTime.When(s.StartsAt, s.EndsAt, calendar)));
        });

    public Task<string> ListRoomsAsync(CancellationToken ct = default) =>
        RunAsync("list_rooms", new { }, async () => Json((await names.RoomsAsync(ct)).Select(r => new { r.Name, rate = r.HourlyRate })));

    public Task<string> ListEngineersAsync(CancellationToken ct = default) =>
        RunAsync("list_engineers", new { }, async () => Json((await names.EngineersAsync(ct)).Select(e => e.Name)));

    public Task<string> GetStudioOverviewAsync(CancellationToken ct = default) =>
        RunAsync("get_studio_overview", new { }, async () =>
        {
            var o = await sender.Send(new GetStudioOverviewQuery(), ct);
            return Json(new
            {
                clients = o.ActiveClients,
                rooms = o.ActiveRooms,
                engineers = o.ActiveEngineers,
                upcoming = o.UpcomingSessions,
                today = await DescribeAsync(o.TodaySessions, ct)
            });
        });

    public Task<string> CreateClientAsync(string name, string? email = null, string? phone = null, string? artist = null, CancellationToken ct = default) =>
        RunAsync("create_client", new { name, email, phone, artist }, () =>
            Task.FromResult(Propose("create_client", new CreateClientCommand(name, email, phone, artist, null), Text.Say("Add client {0}", name))));

    public Task<string> CreateSessionAsync(string client, string room, string start, string end, string? engineer = null, string? title = null,
        CancellationToken ct = default) =>
        RunAsync("create_session", new { client, room, start, end, engineer, title }, async () =>
        {
            var slot = await BookingAsync(client, room, engineer, start, end, ct);
            var blocked = await sender.Send(new CheckAvailabilityQuery(slot.Room.Id, slot.Engineer?.Id, slot.StartsAt, slot.EndsAt), ct);
            if (!blocked.IsAvailable)
                return Json(new
                {
                    booked = false, // first, so RunAsync knows it for a refusal (RefusedJson)
                    reason = blocked.Reason,
                    in_the_way = await DescribeAsync(blocked.Conflicts, ct),
                    free_that_day = await overlaps.FreeSlotsLikeAsync(slot.Room.Id, slot.Engineer?.Id, slot.StartsAt, slot.EndsAt, ct)
                });
            return Propose("create_session", new CreateSessionCommand(slot.Client.Id, slot.Room.Id, slot.Engineer?.Id, slot.StartsAt, slot.EndsAt, title),
                Text.Say("Book {0}", slot.Said) + Titled(title));
        });

    public Task<string> HoldSessionAsync(string client, string room, string start, string end, string? engineer = null, string? title = null,
        CancellationToken ct = default) =>
        RunAsync("hold_session", new { client, room, start, end, engineer, title }, async () =>
        {
            // Holds queue behind each other, so other holds are no reason to stop; a booking in the way refuses it when the user confirms.
            var slot = await BookingAsync(client, room, engineer, start, end, ct);
            return Propose("hold_session", new CreateSessionCommand(slot.Client.Id, slot.Room.Id, slot.Engineer?.Id, slot.StartsAt, slot.EndsAt, title, Hold: true),
                Text.Say("Hold {0}", slot.Said) + Titled(title));
        });

    public Task<string> CreateSeriesAsync(string client, string room, string start, string end, string rule, string? engineer = null,
        string? title = null, CancellationToken ct = default) =>
        RunAsync("create_series", new { client, room, start, end, rule, engineer, title }, async () =>
        {
            // Every occurrence is checked when the user confirms: all or nothing, each refused one named.
            var slot = await BookingAsync(client, room, engineer, start, end, ct);
            return Propose("create_series", new CreateSeriesCommand(slot.Client.Id, slot.Room.Id, slot.Engineer?.Id, slot.StartsAt, slot.EndsAt, rule, title),
                Text.Say("Book {0}, repeating {1}", slot.Said, rule) + Titled(title));
        });

    public Task<string> GetRevenueAsync(string from, string to, string group_by = "month", CancellationToken ct = default) =>
        RunAsync("get_revenue", new { from, to, group_by }, async () =>
        {
            var grouping = Enum.TryParse<RevenueGrouping>(group_by, true, out var g) && Enum.IsDefined(g) ? g : throw Invalid("group_by", group_by, "month, room or engineer");
            var report = await sender.Send(new GetRevenueReportQuery(Date(from, "from"), Date(to, "to"), grouping), ct);
            return Json(new
            {
                currency = report.Currency, from = report.From, to = report.To, net = report.Net, tax = report.Tax, gross = report.Gross,
                rows = report.Rows.Take(MaxRows * 2).Select(r => new { r.Label, r.Net, r.Gross }),
            });
        });

    public Task<string> GetUnpaidInvoicesAsync(CancellationToken ct = default) =>
        RunAsync("get_unpaid_invoices", new { }, async () =>
        {
            var report = await sender.Send(new GetOutstandingReportQuery(), ct);
            return Json(new
            {
                currency = report.Currency, owed = report.Balance, overdue = report.Overdue, count = report.Invoices.Count,
                invoices = report.Invoices.Take(MaxRows).Select(i => new { i.Number, i.Client, due = i.DueOn, i.Balance, days_overdue = i.DaysOverdue }),
            });
        });

    public Task<string> GetClientBalanceAsync(string client, CancellationToken ct = default) =>
        RunAsync("get_client_balance", new { client }, async () =>
        {
            var found = await names.FindClientAsync(client, ct) ?? throw NotFound("client", client);
            var report = await sender.Send(new GetOutstandingReportQuery(), ct);
            var theirs = report.Invoices.Where(i => i.ClientId == found.Id).ToList();
            return Json(new
            {
                client = found.Name, currency = report.Currency, owed = theirs.Sum(i => i.Balance), overdue = theirs.Where(i => i.DaysOverdue > 0).Sum(i => i.Balance),
                invoices = theirs.Take(MaxRows).Select(i => new { i.Number, due = i.DueOn, i.Balance, days_overdue = i.DaysOverdue }),
            });
        });

    public Task<string> CreateQuoteAsync(string client, string? from = null, string? to = null, CancellationToken ct = default) =>
        RunAsync("create_quote", new { client, from, to }, async () =>
        {
            var found = await names.FindClientAsync(client, ct) ?? throw NotFound("client", client);
            var (first, last) = (from is null ? DateOnly.MinValue : Date(from, "from"), to is null ? DateOnly.MaxValue : Date(to, "to"));
            var quotable = (await sender.Send(new GetQuotableSessionsQuery(found.Id), ct))
                .Where(q => q.Day >= first && q.Day <= last).Take(Domain.Studio.Invoice.MaxLines).ToList();
            if (quotable.Count == 0) return $"{found.Name} has no session to come to quote{(from is null && to is null ? "" : " in those dates")}.";
            var gross = Currencies.Text(quotable.Sum(q => q.Gross), quotable[0].Currency, (await time.SettingsAsync(ct)).Culture);
            return Propose("create_quote", new CreateQuoteCommand(found.Id, quotable.Select(q => q.SessionId).ToList()),
                quotable.Count == 1
                    ? Text.Say("Make a quote (to be sent from its page) for {0}: 1 session, {1}", found.Name, gross)
                    : Text.Say("Make a quote (to be sent from its page) for {0}: {1} sessions, {2}", found.Name, quotable.Count, gross));
        });

    public Task<string> CreateInvoiceAsync(string client, string? from = null, string? to = null, CancellationToken ct = default) =>
        RunAsync("create_invoice", new { client, from, to }, async () =>
        {
            var found = await names.FindClientAsync(client, ct) ?? throw NotFound("client", client);
            var (first, last) = (from is null ? DateOnly.MinValue : Date(from, "from"), to is null ? DateOnly.MaxValue : Date(to, "to"));
            var billable = (await sender.Send(new GetBillableSessionsQuery(found.Id), ct))
                .Where(b => b.Day >= first && b.Day <= last).Take(Domain.Studio.Invoice.MaxLines).ToList(); // the oldest first, as many as an invoice holds
            if (billable.Count == 0) return $"{found.Name} has no booked session left to invoice{(from is null && to is null ? "" : " in those dates")}.";
            var gross = Currencies.Text(billable.Sum(b => b.Gross), billable[0].Currency, (await time.SettingsAsync(ct)).Culture);
            return Propose("create_invoice", new CreateInvoiceCommand(found.Id, billable.Select(b => b.SessionId).ToList()),
                billable.Count == 1
                    ? Text.Say("Draft an invoice (to be issued from its page) for {0}: 1 session, {1}", found.Name, gross)
                    : Text.Say("Draft an invoice (to be issued from its page) for {0}: {1} sessions, {2}", found.Name, billable.Count, gross));
        });

    private static DateOnly Date(string text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day : throw Invalid(field, text, "yyyy-MM-dd");

    /// <summary>The session a function names by id (a model may send anything: a bad id is an invalid argument, not a fault).</summary>
    private async Task<SessionDto> SessionAsync(string sessionId, CancellationToken ct) =>
        await sender.Send(new GetSessionQuery(Guid.TryParse(sessionId, out var id) ? id : throw Invalid("session_id", sessionId)), ct);

    /// <summary>What a booking function names, found: the client, room and engineer by name, the times read in studio time.</summary>
    private sealed record NamedBooking(ClientDto Client, RoomDto Room, EngineerDto? Engineer, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Said);

    private async Task<NamedBooking> BookingAsync(string client, string room, string? engineer, string start, string end, CancellationToken ct)
    {
        var found = await names.FindClientAsync(client, ct) ?? throw NotFound("client", client);
        var foundRoom = await names.FindRoomAsync(room, ct) ?? throw NotFound("room", room);
        var foundEngineer = engineer is null ? null : await names.FindEngineerAsync(engineer, ct) ?? throw NotFound("engineer", engineer);
        var (startsAt, endsAt) = (await TimeAsync(start, "start", ct), await TimeAsync(end, "end", ct));
        var calendar = await time.CalendarAsync(ct);
        return new NamedBooking(found, foundRoom, foundEngineer, startsAt, endsAt,
            foundEngineer is null
                ? Text.Say("{0} for {1}, {2} studio time", foundRoom.Name, found.Name, StudioTime.When(startsAt, endsAt, calendar))
                : Text.Say("{0} for {1} with {2}, {3} studio time", foundRoom.Name, found.Name, foundEngineer.Name, StudioTime.When(startsAt, endsAt, calendar)));
    }

    public Task<string> ConfirmSessionAsync(string session_id, CancellationToken ct = default) =>
        RunAsync("confirm_session", new { session_id }, async () =>
        {
            var session = await SessionAsync(session_id, ct);
            return Propose("confirm_session", new ConfirmSessionCommand(session.Id), Text.Say("Confirm {0}", await views.DescribeAsync(session, ct)));
        });

    public Task<string> ReleaseHoldAsync(string session_id, CancellationToken ct = default) =>
        RunAsync("release_hold", new { session_id }, async () =>
        {
            var session = await SessionAsync(session_id, ct);
            return Propose("release_hold", new ReleaseHoldCommand(session.Id), Text.Say("Release the hold {0}", await views.DescribeAsync(session, ct)));
        });

    public Task<string> ChallengeHoldAsync(string session_id, int hours, CancellationToken ct = default) =>
        RunAsync("challenge_hold", new { session_id, hours }, async () =>
        {
            var session = await SessionAsync(session_id, ct);
            return Propose("challenge_hold", new ChallengeHoldCommand(session.Id, hours),
                Text.Say("Give the 1st hold {0} {1} hours to confirm, or it is released", await views.DescribeAsync(session, ct), hours));
        });

    public Task<string> RescheduleSessionAsync(string session_id, string start, string end, CancellationToken ct = default) =>
        RunAsync("reschedule_session", new { session_id, start, end }, async () =>
        {
            var session = await SessionAsync(session_id, ct);
            var (startsAt, endsAt) = (await TimeAsync(start, "start", ct), await TimeAsync(end, "end", ct));
            var calendar = await time.CalendarAsync(ct);
            return Propose("reschedule_session", new RescheduleSessionCommand(session.Id, startsAt, endsAt),
                Text.Say("Move {0} to {1}", await views.DescribeAsync(session, ct), StudioTime.When(startsAt, endsAt, calendar)));
        });

    public Task<string> CancelSessionAsync(string session_id, CancellationToken ct = default) =>
        RunAsync("cancel_session", new { session_id }, async () =>
        {
            var session = await SessionAsync(session_id, ct);
            return Propose("cancel_session", new CancelSessionCommand(session.Id), Text.Say("Cancel {0}", await views.DescribeAsync(session, ct)));
        });

    private string Propose(string kind, object command, string summary)
    {
        turn.Propose(kind, command, summary);
        return $"Proposed, not done yet: {summary}. The user must confirm it.";
    }

    /// <summary>Runs one function, records it for the reply and the audit, and turns refusals into plain text for the model.</summary>
    private async Task<string> RunAsync(string function, object arguments, Func<Task<string>> body)
    {
        string outcome;
        bool refused;
        var before = turn.Proposal;
        try
        {
            outcome = await body();
            refused = outcome.StartsWith(RefusedJson, StringComparison.Ordinal);
            if (turn.Proposal is { } proposed && !ReferenceEquals(proposed, before)) await CheckAsync(proposed.Command);
        }
        catch (Exception ex) when (ex.IsRefusal())
        {
            turn.Retract(before);
            (outcome, refused) = ($"Refused: {ex.Sentence()}", true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Assistant function {Function} failed", function);
            turn.Retract(before);
            (outcome, refused) = (Failed, true);
        }
        turn.Record(function, JsonSerializer.Serialize(arguments), outcome, refused);
        return outcome;
    }

    /// <summary>
    /// A proposal is checked by its command's validator when it is made, not only when confirmed: what would be refused
    /// (a 5 MB title, a control character) is refused at once, and nothing is kept for it.
    /// </summary>
    private async Task CheckAsync(object command)
    {
        if (services.GetService(typeof(IValidator<>).MakeGenericType(command.GetType())) is not IValidator validator) return;
        var result = await validator.ValidateAsync(new ValidationContext<object>(command));
        if (!result.IsValid) throw new ValidationException(result.Errors);
    }

    private Task<IReadOnlyList<string>> DescribeAsync(IEnumerable<SessionDto> sessions, CancellationToken ct) =>
        views.DescribeAsync(sessions.Take(MaxRows), ct);

    private async Task<DateTimeOffset> TimeAsync(string text, string field, CancellationToken ct) =>
        await time.ParseAsync(text, ct) ?? throw Invalid(field, text);

    /// <summary>Names the model gave, resolved to ids here: the model never sees or supplies an id of ours but a session's.</summary>
    private async Task<Guid?> RoomIdAsync(string? name, CancellationToken ct) =>
        name is null ? null : (await names.FindRoomAsync(name, ct))?.Id ?? throw NotFound("room", name);

    private async Task<Guid?> ClientIdAsync(string? name, CancellationToken ct) =>
        name is null ? null : (await names.FindClientAsync(name, ct))?.Id ?? throw NotFound("client", name);

    private async Task<Guid?> EngineerIdAsync(string? name, CancellationToken ct) =>
        name is null ? null : (await names.FindEngineerAsync(name, ct))?.Id ?? throw NotFound("engineer", name);

    private static NotFoundException NotFound(string what, string name) => new(what, name);

    private static ValidationException Invalid(string field, string value, string expected = "yyyy-MM-ddTHH:mm in studio time") =>
        new([new FluentValidation.Results.ValidationFailure(field, $"'{value}' is not a valid {field} (use {expected}).")]);

    private static string Json(object value) => JsonSerializer.Serialize(value);

    /// <summary>The title goes into the summary the person confirms: what they agree to is what will be written.</summary>
    private static string Titled(string? title) => string.IsNullOrWhiteSpace(title) ? "" : Text.Say(", titled \"{0}\"", title);
}
