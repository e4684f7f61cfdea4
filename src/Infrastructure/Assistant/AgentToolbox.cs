using System.Text.Json.Nodes;
using System.Text.Json;
using FluentValidation.Results;
using FluentValidation;
using Microsoft.SemanticKernel;
using RecordingStudio.Application.Assistant;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Infrastructure.Assistant;

/// <summary>
/// The assistant's kernel functions, offered to outside agents: the name, description and JSON schema its model sees,
/// and the same bodies (<see cref="StudioAssistantPlugin"/>), run as the request's user.
/// </summary>
public sealed class AgentToolbox(StudioAssistantPlugin plugin) : IAgentToolbox
{
    public IReadOnlyList<AgentTool> Describe(IEnumerable<AssistantFunction> functions) =>
        plugin.KernelFunctions(functions).Select(f => new AgentTool(f.Name, f.Description, Standard(f.JsonSchema))).ToList();

    public async Task<string> RunAsync(AssistantFunction function, IReadOnlyDictionary<string, JsonElement> arguments, CancellationToken ct)
    {
        var kernelFunction = plugin.KernelFunctions([function]).Single();
        CheckArguments(kernelFunction, arguments);
        var kernelArguments = new KernelArguments();
        foreach (var (name, value) in arguments) kernelArguments[name] = value;
        try
        {
            var result = await kernelFunction.InvokeAsync(new Kernel(), kernelArguments, ct);
            return result.GetValue<string>() ?? "";
        }
        catch (Exception ex) when (ex is ArgumentException or KernelException or JsonException or FormatException or InvalidCastException)
        {
            // What the checks above let through and binding still refused: a sentence, never the binder's own text.
            throw new ValidationException([new ValidationFailure("arguments", Text.Say("The arguments do not fit '{0}': check them against its input schema.", function.Name))]);
        }
    }

    /// <summary>
    /// Arguments against the function's parameters before it runs, each problem named in a sentence: a missing one, one
    /// of the wrong type ("'hours' must be a number"), one the function does not take.
    /// </summary>
    private static void CheckArguments(KernelFunction function, IReadOnlyDictionary<string, JsonElement> arguments)
    {
        var parameters = function.Metadata.Parameters.Where(p => p.ParameterType != typeof(CancellationToken)).ToDictionary(p => p.Name);
        var problems = new List<ValidationFailure>();
        foreach (var unknown in arguments.Keys.Where(name => !parameters.ContainsKey(name)))
        {
            var name = unknown.Length <= 40 ? unknown : unknown[..40] + "…";
            problems.Add(new ValidationFailure(name, parameters.Count == 0
                ? Text.Say("'{0}' is not an argument of {1}, which takes none.", name, function.Name)
                : Text.Say("'{0}' is not an argument of {1} (it takes {2}).", name, function.Name, string.Join(", ", parameters.Keys))));
        }
        foreach (var parameter in parameters.Values)
        {
            if (!arguments.TryGetValue(parameter.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (parameter.IsRequired) problems.Add(new ValidationFailure(parameter.Name, Text.Say("'{0}' is required.", parameter.Name)));
                continue;
            }
            if (Expected(parameter.ParameterType, value) is { } expected)
                problems.Add(new ValidationFailure(parameter.Name, Text.Say("'{0}' must be {1}.", parameter.Name, expected)));
        }
        if (problems.Count > 0) throw new ValidationException(problems);
    }

    /// <summary>What the parameter's type needs, when the value is not that; null when it fits.</summary>
    private static Term? Expected(Type? type, JsonElement value)
    {
        var plain = Nullable.GetUnderlyingType(type ?? typeof(string)) ?? type ?? typeof(string);
        return plain == typeof(string) ? value.ValueKind == JsonValueKind.String ? null : new Term("a string")
            : plain == typeof(int) ? value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _) ? null : new Term("a whole number")
            : plain == typeof(double) ? value.ValueKind == JsonValueKind.Number ? null : new Term("a number")
            : plain == typeof(bool) ? value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : new Term("true or false")
            : null;
    }

    /// <summary>Semantic Kernel repeats the description under a "condition" key, which is not JSON Schema: the tool has it already.</summary>
    private static JsonElement Standard(JsonElement schema)
    {
        var node = JsonNode.Parse(schema.GetRawText())!.AsObject();
        node.Remove("condition");
        return JsonSerializer.SerializeToElement(node);
    }
}
