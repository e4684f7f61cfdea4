using System.Reflection;
using System.Text.Json;
using Mediator;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Clients.CountClients;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Clients.GetClient;
using RecordingStudio.Application.Studio.Engineers.GetEngineers;
using RecordingStudio.Application.Studio.Invoices.CreateInvoice;
using RecordingStudio.Application.Studio.Overview.GetStudioOverview;
using RecordingStudio.Application.Studio.Quotes.CreateQuote;
using RecordingStudio.Application.Studio.Reports.GetOutstandingReport;
using RecordingStudio.Application.Studio.Reports.GetRevenueReport;
using RecordingStudio.Application.Studio.Rooms.GetRooms;
using RecordingStudio.Application.Studio.Series.CreateSeries;
using RecordingStudio.Application.Studio.Sessions.CancelSession;
using RecordingStudio.Application.Studio.Sessions.ChallengeHold;
using RecordingStudio.Application.Studio.Sessions.ConfirmSession;
using RecordingStudio.Application.Studio.Sessions.ReleaseHold;
using RecordingStudio.Application.Studio.Sessions.CheckAvailability;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Application.Studio.Sessions.FindFreeSlots;
using RecordingStudio.Application.Studio.Sessions.GetSessions;
using RecordingStudio.Application.Studio.Sessions.GetUpcomingSessions;
using RecordingStudio.Application.Studio.Sessions.RescheduleSession;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Assistant;

/// <summary>What a message is about, which decides the functions it is offered (see the tool selection).</summary>
public enum FunctionCue
{
    /// <summary>Always offered: questions about clients, sessions, rooms and the day.</summary>
    Reading,
    /// <summary>Booking, moving, cancelling, availability: offered when the message talks about times or bookings.</summary>
    Scheduling,
    /// <summary>Adding a client: offered when the message talks about a new one.</summary>
    NewClient,
    /// <summary>Revenue, invoices, balances: offered when the message talks about money (to those who may see it).</summary>
    Money,
}

/// <summary>
/// One assistant function: the name and description the model sees, the command or query it sends, and the cue that
/// offers it. Its access is the message's own <see cref="RequiresAccessAttribute"/>; a command is only proposed (the
/// staff member confirms it), a query runs at once.
/// </summary>
public sealed record AssistantFunction(string Name, string Description, Type Message, FunctionCue Cue)
{
    public Access Access { get; } = Message.GetCustomAttribute<RequiresAccessAttribute>()?.Access
        ?? throw new InvalidOperationException($"{Message.Name} declares no [RequiresAccess].");

    public bool IsProposed { get; } = Message.GetInterfaces().Any(i => i == typeof(ICommand)
        || (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)));
}

/// <summary>
/// The registry of the assistant's functions, the one place they are listed: the Semantic Kernel plugin, the tool
/// selection and the confirmed-action executor are built from it (and an MCP server would be too).
/// </summary>
public static class AssistantFunctions
{
    public static readonly IReadOnlyList<AssistantFunction> All =
    [
        new("count_clients", "Number of active clients.", typeof(CountClientsQuery), FunctionCue.Reading),
        new("get_all_clients", "Clients matching a search (name, artist, e-mail, phone); first rows and the total.", typeof(GetAllClientsQuery), FunctionCue.Reading),
        new("get_client", "One client by name: contact details and upcoming sessions.", typeof(GetClientQuery), FunctionCue.Reading),
        new("get_sessions", "Sessions between two studio times (yyyy-MM-ddTHH:mm), optionally for a room, client, engineer or status.", typeof(GetSessionsQuery), FunctionCue.Reading),
        new("get_upcoming_sessions", "The next sessions from now on.", typeof(GetUpcomingSessionsQuery), FunctionCue.Reading),
        new("list_rooms", "The studio's rooms and hourly rates.", typeof(GetRoomsQuery), FunctionCue.Reading),
        new("get_studio_overview", "Counts and today's sessions.", typeof(GetStudioOverviewQuery), FunctionCue.Reading),
        new("check_availability", "Is a room and/or engineer free between two studio times (yyyy-MM-ddTHH:mm)? If not, what is in the way.", typeof(CheckAvailabilityQuery), FunctionCue.Scheduling),
        new("find_free_slots", "Free slots of a room or engineer on a day (yyyy-MM-dd) for a duration in hours, within opening hours.", typeof(FindFreeSlotsQuery), FunctionCue.Scheduling),
        new("list_engineers", "The studio's engineers.", typeof(GetEngineersQuery), FunctionCue.Scheduling),
        new("create_session", "Propose booking a room for a client between two studio times (yyyy-MM-ddTHH:mm); the user confirms.", typeof(CreateSessionCommand), FunctionCue.Scheduling),
        new("reschedule_session", "Propose moving a session (its id) to new studio times (yyyy-MM-ddTHH:mm); the user confirms.", typeof(RescheduleSessionCommand), FunctionCue.Scheduling),
        new("cancel_session", "Propose cancelling a session (its id); the user confirms.", typeof(CancelSessionCommand), FunctionCue.Scheduling),
        new("hold_session", "Propose a hold on a room for a client between two studio times (queued 1st, 2nd… behind other holds); the user confirms.", typeof(CreateSessionCommand), FunctionCue.Scheduling),
        new("create_series", "Propose booking a room for a client at the same studio times repeatedly: rule is an RRULE (FREQ=WEEKLY;COUNT=12, FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270301); the user confirms.", typeof(CreateSeriesCommand), FunctionCue.Scheduling),
        new("confirm_session", "Propose confirming a hold or tentative session (its id); the user confirms.", typeof(ConfirmSessionCommand), FunctionCue.Scheduling),
        new("release_hold", "Propose releasing a hold (its id); the next hold moves up; the user confirms.", typeof(ReleaseHoldCommand), FunctionCue.Scheduling),
        new("challenge_hold", "Propose giving the 1st hold (its id) some hours to confirm or lose the slot; the user confirms.", typeof(ChallengeHoldCommand), FunctionCue.Scheduling),
        new("create_client", "Propose adding a client; the user confirms.", typeof(CreateClientCommand), FunctionCue.NewClient),
        new("get_revenue", "Revenue invoiced (net, tax, gross) between two studio dates (yyyy-MM-dd), grouped by month, room or engineer.", typeof(GetRevenueReportQuery), FunctionCue.Money),
        new("get_unpaid_invoices", "Invoices not fully paid: what is owed in all, overdue, and the oldest due first.", typeof(GetOutstandingReportQuery), FunctionCue.Money),
        new("get_client_balance", "What one client (by name) still owes, invoice by invoice.", typeof(GetOutstandingReportQuery), FunctionCue.Money),
        new("create_quote", "Propose a quote for a client (by name) of their sessions to come — holds too, which accepting confirms — optionally only those between two studio dates (yyyy-MM-dd); the user confirms.", typeof(CreateQuoteCommand), FunctionCue.Money),
        new("create_invoice", "Propose a draft invoice for a client (by name) of their booked sessions not invoiced yet, optionally only those between two studio dates (yyyy-MM-dd); the user confirms.", typeof(CreateInvoiceCommand), FunctionCue.Money),
    ];

    private static readonly Dictionary<string, AssistantFunction> ByName = All.ToDictionary(f => f.Name);

    public static AssistantFunction Get(string name) =>
        ByName.GetValueOrDefault(name) ?? throw new InvalidOperationException($"Unknown assistant function '{name}'.");

    /// <summary>What a message with these cues offers a role: only what the role may do, of what the message is about.</summary>
    public static IEnumerable<AssistantFunction> Offered(IReadOnlySet<FunctionCue> cues, AccountRole role) =>
        All.Where(f => cues.Contains(f.Cue) && role.Grants(f.Access));

    /// <summary>A proposal as stored until it is confirmed: the very command the API sends, as JSON.</summary>
    public static string SerializeProposal(string name, object command)
    {
        var function = Get(name);
        if (!function.IsProposed || command.GetType() != function.Message)
            throw new InvalidOperationException($"'{name}' proposes a {function.Message.Name}, not a {command.GetType().Name}.");
        return JsonSerializer.Serialize(command, function.Message);
    }

    public static object DeserializeProposal(string name, string payload)
    {
        var function = Get(name);
        if (!function.IsProposed) throw new InvalidOperationException($"'{name}' is not a change that can be proposed.");
        return JsonSerializer.Deserialize(payload, function.Message)!;
    }
}
