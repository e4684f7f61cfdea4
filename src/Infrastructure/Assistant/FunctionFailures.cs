using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using RecordingStudio.Application.Assistant;

namespace RecordingStudio.Infrastructure.Assistant;

/// <summary>
/// A function that fails before its body runs (the model gave "two" for a number of hours) would reach the model, and
/// from there the person, as "Exception while invoking function…". It gets the plugin's plain sentence instead, and
/// the call is audited like any other.
/// </summary>
public sealed class FunctionFailures(AssistantTurn turn, ILogger<FunctionFailures> logger) : IAutoFunctionInvocationFilter
{
    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Assistant function {Function} could not run", context.Function.Name);
            var arguments = System.Text.Json.JsonSerializer.Serialize(
                context.Arguments?.ToDictionary(a => a.Key, a => a.Value?.ToString()) ?? new Dictionary<string, string?>());
            turn.Record(context.Function.Name, arguments, StudioAssistantPlugin.Failed);
            context.Result = new FunctionResult(context.Function, StudioAssistantPlugin.Failed);
        }
    }
}
