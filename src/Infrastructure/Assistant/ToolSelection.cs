using System.Text.RegularExpressions;

namespace RecordingStudio.Infrastructure.Assistant;

/// <summary>
/// Which functions a message is offered. Every function definition is sent again on every round trip, so offering all
/// fourteen for "how many clients do I have?" would triple the tokens of the turn. Reading questions get the reading
/// functions; booking and changes are added when the message talks about them (in English or French, or names a time).
/// </summary>
public static partial class ToolSelection
{
    private static readonly string[] Reading =
        ["count_clients", "get_all_clients", "get_client", "get_sessions", "get_upcoming_sessions", "list_rooms", "get_studio_overview"];

    private static readonly string[] Scheduling =
        ["check_availability", "find_free_slots", "list_engineers", "create_session", "reschedule_session", "cancel_session"];

    [GeneratedRegex(@"\d|book|reserv|réserv|schedul|slot|free|libre|dispo|avail|cancel|annul|move|déplac|resched|engineer|ingé|tomorrow|demain|today|aujourd|week|semaine|monday|lundi|tuesday|mardi|wednesday|mercredi|thursday|jeudi|friday|vendredi|saturday|samedi|sunday|dimanche|session|séance|\bpm\b|\bam\b|\bh\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchedulingCue();

    [GeneratedRegex(@"\b(add|new|create|register)\b|ajout|nouveau|nouvelle|crée|cré|enregistr", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewClientCue();

    public static IReadOnlySet<string> For(string message, IEnumerable<string> recentMessages)
    {
        // A follow-up ("yes, at 4 instead") inherits the cues of the conversation it continues.
        var text = string.Join(' ', recentMessages.TakeLast(2).Append(message));
        var offered = new HashSet<string>(Reading);
        if (SchedulingCue().IsMatch(text)) offered.UnionWith(Scheduling);
        if (NewClientCue().IsMatch(text)) offered.Add("create_client");
        return offered;
    }
}
