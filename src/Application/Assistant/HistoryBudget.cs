using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant;

/// <summary>Keeps history within a budget: the newest lines that fit, oldest first (about 4 characters a token).</summary>
internal static class HistoryBudget
{
    public const int Tokens = 800;

    public static IReadOnlyList<ChatLine> Trim(IEnumerable<AssistantMessage> newestFirst)
    {
        var kept = new List<ChatLine>();
        var budget = Tokens * 4;
        foreach (var message in newestFirst)
        {
            budget -= message.Text.Length;
            if (budget < 0) break;
            kept.Add(new ChatLine(message.Role, message.Text));
        }
        kept.Reverse();
        return kept;
    }
}
