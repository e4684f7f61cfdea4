using System.Text.RegularExpressions;
using RecordingStudio.Application.Assistant;

namespace RecordingStudio.Infrastructure.Assistant;

/// <summary>
/// What a message is about, so it is offered only the functions of those cues (<see cref="AssistantFunctions"/>). Every
/// function definition is sent again on every round trip, so offering all of them for "how many clients do I have?"
/// would triple the tokens of the turn. Reading is always offered; scheduling, a new client and money when the message
/// talks about them (in English or French, or names a time).
/// </summary>
public static partial class ToolSelection
{
    [GeneratedRegex(@"\d|book|reserv|réserv|schedul|slot|free|libre|dispo|avail|cancel|annul|hold|option|confirm|release|challenge|every|chaque|tous les|weekly|series|série|move|déplac|resched|engineer|ingé|tomorrow|demain|today|aujourd|week|semaine|monday|lundi|tuesday|mardi|wednesday|mercredi|thursday|jeudi|friday|vendredi|saturday|samedi|sunday|dimanche|session|séance|\bpm\b|\bam\b|\bh\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchedulingCue();

    [GeneratedRegex(@"\b(add|new|create|register)\b|ajout|nouveau|nouvelle|crée|cré|enregistr", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewClientCue();

    [GeneratedRegex(@"factur|invoice|bill|revenue|chiffre|earn|gagn|income|turnover|\bpaid\b|\bpay|payé|impayé|unpaid|owe|quote|devis|\bdoi[st]\b|\bdû|balance|solde|money|argent|€|\beur\b|encaiss",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyCue();

    public static IReadOnlySet<FunctionCue> For(string message, IEnumerable<string> recentMessages)
    {
        // A follow-up ("yes, at 4 instead") inherits the cues of the conversation it continues.
        var text = string.Join(' ', recentMessages.TakeLast(2).Append(message));
        var cues = new HashSet<FunctionCue> { FunctionCue.Reading };
        if (SchedulingCue().IsMatch(text)) cues.Add(FunctionCue.Scheduling);
        if (NewClientCue().IsMatch(text)) cues.Add(FunctionCue.NewClient);
        if (MoneyCue().IsMatch(text)) cues.Add(FunctionCue.Money);
        return cues;
    }
}
