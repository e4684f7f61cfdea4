using System.Globalization;
using System.Text.Json;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio;

namespace RecordingStudio.Application.Assistant.ListAgentTools;

/// <summary>What an outside agent can read without asking: each resource is one of the assistant's read functions.</summary>
public sealed record AgentResource(string Uri, string Name, string Description, string Tool);

/// <param name="Arguments">In the tool's own terms (studio time, names), as an agent would have sent them.</param>
public sealed record AgentToolCall(string Tool, IReadOnlyDictionary<string, JsonElement> Arguments);

public static class AgentResources
{
    public static readonly IReadOnlyList<AgentResource> All =
    [
        new("studio://rooms", "Rooms", "The studio's rooms and their hourly rates.", "list_rooms"),
        new("studio://engineers", "Engineers", "The studio's engineers.", "list_engineers"),
        new("studio://calendar/today", "Today", "Today's sessions, in studio time.", "get_sessions"),
        new("studio://calendar/week", "This week", "This week's sessions (Monday to Sunday), in studio time.", "get_sessions"),
    ];
}

/// <summary>The call that reads a resource: for the calendars, the span of today or of this week on the studio's clock.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record ResolveAgentResourceQuery(string Uri) : IQuery<AgentToolCall>;

public sealed class ResolveAgentResourceQueryHandler(StudioTime time, TimeProvider clock) : IQueryHandler<ResolveAgentResourceQuery, AgentToolCall>
{
    /// <summary>A calendar resource lists up to this many sessions (the function's own most), with the total beside them.</summary>
    public const int MaxSessions = 100;

    public async ValueTask<AgentToolCall> Handle(ResolveAgentResourceQuery query, CancellationToken ct)
    {
        var resource = AgentResources.All.FirstOrDefault(r => r.Uri == query.Uri) ?? throw new NotFoundException("Resource", query.Uri);
        if (resource.Tool != "get_sessions") return new AgentToolCall(resource.Tool, new Dictionary<string, JsonElement>());
        var today = (await time.CalendarAsync(ct)).ToLocal(clock.GetUtcNow()).Date;
        var (from, to) = resource.Uri.EndsWith("/today", StringComparison.Ordinal)
            ? (today, today.AddDays(1))
            : (today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), today.AddDays(7 - (((int)today.DayOfWeek + 6) % 7)));
        return new AgentToolCall(resource.Tool, new Dictionary<string, JsonElement>
        {
            ["from"] = JsonSerializer.SerializeToElement(from.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)),
            ["to"] = JsonSerializer.SerializeToElement(to.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)),
            ["limit"] = JsonSerializer.SerializeToElement(MaxSessions),
        });
    }
}
