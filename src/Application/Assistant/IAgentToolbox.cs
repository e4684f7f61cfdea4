using System.Text.Json;

namespace RecordingStudio.Application.Assistant;

/// <summary>
/// The assistant's functions as tools for outside agents (MCP): described with the input schema the built-in assistant's
/// model is given, and run with the same bodies — so nothing is defined twice.
/// </summary>
public interface IAgentToolbox
{
    IReadOnlyList<AgentTool> Describe(IEnumerable<AssistantFunction> functions);

    /// <summary>Runs one function as the current user; its calls and any proposal land in the request's <see cref="AssistantTurn"/>.</summary>
    Task<string> RunAsync(AssistantFunction function, IReadOnlyDictionary<string, JsonElement> arguments, CancellationToken ct);
}

/// <param name="InputSchema">A JSON Schema object of the tool's arguments.</param>
public sealed record AgentTool(string Name, string Description, JsonElement InputSchema);
