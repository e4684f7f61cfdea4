using System.Globalization;
using System.Text;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Sessions.FindFreeSlots;
using RecordingStudio.Application.Studio.Sessions.GetSessions;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Application.Studio;
using RecordingStudio.Application.Studio.Sessions;

namespace RecordingStudio.Application.Assistant;

/// <summary>
/// Slash commands that need no language model: they run the same queries as the API and work when no provider is
/// configured (or all are down).
/// </summary>
public sealed class ExplicitCommands(ISender sender, StudioNames names, StudioTime time, SessionViews views, TimeProvider clock)
{
    public const string Help = """
        Commands:
        /clients [search] — clients, optionally matching a name, artist, e-mail or phone
        /sessions today|tomorrow|week|YYYY-MM-DD — sessions of that day or week (studio time)
        /free ROOM YYYY-MM-DD [hours] — free slots of a room on a day (default 2 hours); quote a name: /free "Studio A" 2026-12-02
        /help — this list
        """;

    public static bool IsCommand(string message) => message.TrimStart().StartsWith('/');

    public async Task<string> RunAsync(string message, CancellationToken ct)
    {
        var parts = message.Trim().Split(' ', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var argument = parts.Length > 1 ? parts[1] : "";
        try
        {
            return parts[0].ToLowerInvariant() switch
            {
                "/clients" => await ClientsAsync(argument, ct),
                "/sessions" => await SessionsAsync(argument, ct),
                "/free" => await FreeAsync(argument, ct),
                _ => Help,
            };
        }
        catch (Exception ex) when (ex.IsRefusal())
        {
            // A command is typed by a person: a refusal is an answer in the conversation, not an error of the call.
            return $"That did not work: {ex.Message}";
        }
    }

    private async Task<string> ClientsAsync(string search, CancellationToken ct)
    {
        var page = await sender.Send(new GetAllClientsQuery(search.Length == 0 ? null : search, PageSize: 20), ct);
        if (page.TotalCount == 0) return search.Length == 0 ? "No clients yet." : $"No client matches “{search}”.";
        var text = new StringBuilder($"{page.TotalCount} client(s){(search.Length == 0 ? "" : $" matching “{search}”")}:\n");
        foreach (var c in page.Items) text.AppendLine($"- {c.Name}{(c.ArtistName is null ? "" : $" ({c.ArtistName})")}{(c.Email is null ? "" : $" · {c.Email}")}");
        if (page.TotalCount > page.Items.Count) text.AppendLine($"… and {page.TotalCount - page.Items.Count} more.");
        return text.ToString().TrimEnd();
    }

    private async Task<string> SessionsAsync(string when, CancellationToken ct)
    {
        var calendar = await time.CalendarAsync(ct);
        var now = clock.GetUtcNow();
        TimeSlot? range = when.ToLowerInvariant() switch
        {
            "" or "today" => calendar.Today(now),
            "tomorrow" => calendar.Day(calendar.DateOf(now).AddDays(1)),
            "week" => calendar.Week(now),
            _ => DateOnly.TryParseExact(when, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                 && BookingHorizon.Contains(day, calendar.DateOf(now)) ? calendar.Day(day) : null,
        };
        if (range is not { } slot) return "Use /sessions today, tomorrow, week or a date within ten years, like 2026-11-28.";
        var page = await sender.Send(new GetSessionsQuery(slot.Start, slot.End, PageSize: 50), ct);
        if (page.TotalCount == 0) return "No sessions then.";
        var text = new StringBuilder($"{page.TotalCount} session(s):\n");
        foreach (var line in await views.DescribeAsync(page.Items, ct)) text.AppendLine("- " + line);
        return text.ToString().TrimEnd();
    }

    private async Task<string> FreeAsync(string argument, CancellationToken ct)
    {
        var (quoted, after) = Quoted(argument);
        var words = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var dateIndex = Array.FindIndex(words, w => DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        // The room is the words before the date, or the quoted name right before it.
        if (dateIndex < 0 || (quoted is null ? dateIndex == 0 : dateIndex != 0))
            return "Use /free ROOM YYYY-MM-DD [hours], e.g. /free Studio A 2026-11-28 4 or /free \"Studio A\" 2026-11-28.";
        var name = quoted ?? string.Join(' ', words[..dateIndex]);
        var room = await names.FindRoomAsync(name, ct);
        if (room is null) return $"No room called “{name}”.";
        var hours = words.Length > dateIndex + 1 && double.TryParse(words[dateIndex + 1], CultureInfo.InvariantCulture, out var h) ? h : 2;
        if (!(hours is >= 0.25 and <= 24)) return "Give the length in hours, from 0.25 to 24 (e.g. /free Studio A 2026-11-28 3).";
        var day = DateOnly.ParseExact(words[dateIndex], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!BookingHorizon.Contains(day, (await time.CalendarAsync(ct)).DateOf(clock.GetUtcNow()))) return BookingHorizon.Explanation;
        var slots = await sender.Send(new FindFreeSlotsQuery(room.Id, null, day, (int)(hours * 60)), ct);
        var calendar = await time.CalendarAsync(ct);
        return slots.Count == 0
            ? $"{room.Name} has no free {hours}-hour slot on {day:yyyy-MM-dd}."
            : $"{room.Name} is free on {day:yyyy-MM-dd} at: " + string.Join(", ", slots.Select(s => StudioTime.When(s.StartsAt, s.EndsAt, calendar)));
    }

    /// <summary>A name in quotes at the start ("Studio A", “Studio A”, « Studio A »), and what follows it.</summary>
    private static (string? Name, string After) Quoted(string argument)
    {
        var text = argument.TrimStart();
        var close = text.Length == 0 ? null : text[0] switch { '"' => "\"", '“' => "”", '«' => "»", '\'' => "'", _ => null };
        var end = close is null ? -1 : text.IndexOf(close, 1, StringComparison.Ordinal);
        return end < 0 ? (null, argument) : (text[1..end].Trim(), text[(end + 1)..]);
    }
}
