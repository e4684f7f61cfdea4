using System.Globalization;
using System.Text;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Sessions.FindFreeSlots;
using RecordingStudio.Application.Studio.Sessions.GetSessions;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Assistant;

/// <summary>
/// Slash commands that need no language model: they run the same queries as the API and work when no provider is
/// configured (or all are down).
/// </summary>
/// <remarks>Answers in the request's language (the panel's cookie, the caller's Accept-Language); French words work too.</remarks>
public sealed class ExplicitCommands(ISender sender, StudioNames names, StudioTime time, SessionViews views, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<Resources.Text> text)
{
    public string Help => text["Commands.Help"];

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
            return text["Commands.Refused", ex.Sentence()];
        }
    }

    private async Task<string> ClientsAsync(string search, CancellationToken ct)
    {
        var page = await sender.Send(new GetAllClientsQuery(search.Length == 0 ? null : search, PageSize: 20), ct);
        if (page.TotalCount == 0) return search.Length == 0 ? text["Commands.NoClients"] : text["Commands.NoClientMatches", search];
        var answer = new StringBuilder((search.Length == 0 ? text["Commands.Clients", page.TotalCount] : text["Commands.ClientsMatching", page.TotalCount, search]) + "\n");
        foreach (var c in page.Items) answer.AppendLine($"- {c.Name}{(c.ArtistName is null ? "" : $" ({c.ArtistName})")}{(c.Email is null ? "" : $" · {c.Email}")}");
        if (page.TotalCount > page.Items.Count) answer.AppendLine(text["Commands.More", page.TotalCount - page.Items.Count]);
        return answer.ToString().TrimEnd();
    }

    private async Task<string> SessionsAsync(string when, CancellationToken ct)
    {
        var calendar = await time.CalendarAsync(ct);
        var now = clock.GetUtcNow();
        TimeSlot? range = when.ToLowerInvariant() switch
        {
            "" or "today" or "aujourd'hui" or "aujourd’hui" => calendar.Today(now),
            "tomorrow" or "demain" => calendar.Day(calendar.DateOf(now).AddDays(1)),
            "week" or "semaine" => calendar.Week(now),
            _ => DateOnly.TryParseExact(when, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                 && BookingHorizon.Contains(day, calendar.DateOf(now)) ? calendar.Day(day) : null,
        };
        if (range is not { } slot) return text["Commands.SessionsUse"];
        var page = await sender.Send(new GetSessionsQuery(slot.Start, slot.End, PageSize: 50), ct);
        if (page.TotalCount == 0) return text["Commands.NoSessions"];
        var answer = new StringBuilder(text["Commands.Sessions", page.TotalCount] + "\n");
        foreach (var line in await views.DescribeAsync(page.Items, ct)) answer.AppendLine("- " + line);
        return answer.ToString().TrimEnd();
    }

    private async Task<string> FreeAsync(string argument, CancellationToken ct)
    {
        var (quoted, after) = Quoted(argument);
        var words = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var dateIndex = Array.FindIndex(words, w => DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        // The room is the words before the date, or the quoted name right before it.
        if (dateIndex < 0 || (quoted is null ? dateIndex == 0 : dateIndex != 0))
            return text["Commands.FreeUse"];
        var name = quoted ?? string.Join(' ', words[..dateIndex]);
        var room = await names.FindRoomAsync(name, ct);
        if (room is null) return text["Commands.NoRoom", name];
        var hours = words.Length > dateIndex + 1 && double.TryParse(words[dateIndex + 1], CultureInfo.InvariantCulture, out var h) ? h : 2;
        if (!(hours is >= 0.25 and <= 24)) return text["Commands.Hours"];
        var day = DateOnly.ParseExact(words[dateIndex], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!BookingHorizon.Contains(day, (await time.CalendarAsync(ct)).DateOf(clock.GetUtcNow()))) return Text.Say(BookingHorizon.Explanation);
        var slots = await sender.Send(new FindFreeSlotsQuery(room.Id, null, day, (int)(hours * 60)), ct);
        var calendar = await time.CalendarAsync(ct);
        return slots.Count == 0
            ? text["Commands.NoFreeSlot", room.Name, hours, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]
            : text["Commands.FreeAt", room.Name, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                string.Join(", ", slots.Select(s => StudioTime.When(s.StartsAt, s.EndsAt, calendar)))];
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
