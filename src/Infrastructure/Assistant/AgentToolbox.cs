using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.SemanticKernel;
using RecordingStudio.Application.Assistant;

namespace RecordingStudio.Infrastructure.Assistant;

/// <summary>
/// The assistant's kernel functions, offered to outside agents: the name, description and JSON schema its model sees,
/// and the same bodies (<see cref="StudioAssistantPlugin"/>), run as the request's user.
/// </summary>
public sealed class AgentToolbox(StudioAssistantPlugin plugin) : IAgentToolbox
{
    public IReadOnlyList<AgentTool> Describe(IEnumerable<AssistantFunction> functions) =>
        plugin.KernelFunctions(functions).Select(f => new AgentTool(f.Name, f.Description, f.JsonSchema)).ToList();

    public async Task<string> RunAsync(AssistantFunction function, IReadOnlyDictionary<string, JsonElement> arguments, CancellationToken ct)
    {
        var kernelFunction = plugin.KernelFunctions([function]).Single();
        var kernelArguments = new KernelArguments();
        foreach (var (name, value) in arguments) kernelArguments[name] = value;
        try
        {
            var result = await kernelFunction.InvokeAsync(new Kernel(), kernelArguments, ct);
            return result.GetValue<string>() ?? "";
        }
        catch (Exception ex) when (ex is ArgumentException or KernelException or JsonException or FormatException or InvalidCastException)
        {
            // Arguments that do not fit the schema (missing, wrong type) never reach the body: say which, in a sentence.
            throw new ValidationException([new ValidationFailure("arguments", $"The arguments do not fit '{function.Name}': {Sentence(ex)}")]);
        }
    }

    private static string Sentence(Exception ex) =>
        ex.GetBaseException().Message.Split('\n')[0].Trim() is { Length: > 0 and <= 200 } first ? first : "check them against the tool's input schema.";
}
