using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace RecordingStudio.WebApi.Mcp;

/// <summary>A few studio tasks an agent's user can pick, written in terms of the server's own tools and resources.</summary>
public static class StudioPrompts
{
    public sealed record StudioPrompt(Prompt Prompt, Func<Func<string, string>, string> Text);

    public static readonly IReadOnlyList<StudioPrompt> All =
    [
        new(new Prompt
            {
                Name = "find_free_slot",
                Description = "Find a free slot of a room on a day, then book it once the user picks one.",
                Arguments =
                [
                    new PromptArgument { Name = "room", Description = "The room's name, e.g. Studio A.", Required = true },
                    new PromptArgument { Name = "day", Description = "The day, yyyy-MM-dd.", Required = true },
                    new PromptArgument { Name = "hours", Description = "How long, in hours.", Required = true },
                ],
            },
            arg => $"Find free slots of {arg("hours")} hours in {arg("room")} on {arg("day")} (studio time) with find_free_slots and show them. " +
                   "Book one only when I say which: create_session proposes it, and confirm_action books it once I agree."),
        new(new Prompt { Name = "summarise_week", Description = "This week's sessions, day by day, with the gaps and the holds waiting." },
            _ => "Summarise this week in the studio: read studio://calendar/week, then give each day's sessions with room, client and " +
                 "engineer, the free gaps in the rooms, and the holds still waiting for a confirmation."),
    ];

    public static GetPromptResult Get(string name, IDictionary<string, JsonElement>? arguments)
    {
        var prompt = All.FirstOrDefault(p => p.Prompt.Name == name)
            ?? throw new McpProtocolException($"There is no prompt '{name}'.", McpErrorCode.InvalidParams);
        string Argument(string key) =>
            arguments is not null && arguments.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 and <= 100 } text
                ? text
                : throw new McpProtocolException($"The prompt '{name}' needs '{key}' (text, at most 100 characters).", McpErrorCode.InvalidParams);
        foreach (var required in prompt.Prompt.Arguments?.Where(a => a.Required == true) ?? []) Argument(required.Name); // in their order
        return new GetPromptResult
        {
            Description = prompt.Prompt.Description,
            Messages = [new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = prompt.Text(Argument) } }],
        };
    }
}
