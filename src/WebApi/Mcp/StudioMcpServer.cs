using System.Text.Json;
using Mediator;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using RecordingStudio.Application.Assistant;
using RecordingStudio.Application.Assistant.CallAgentTool;
using RecordingStudio.Application.Assistant.ConfirmAssistantAction;
using RecordingStudio.Application.Assistant.ListAgentTools;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.WebApi.Infrastructure;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Mcp;

/// <summary>
/// Each studio as an MCP server (Streamable HTTP, stateless, so any instance answers any call) at <c>/mcp</c> on its
/// host, for outside AI agents with the studio's credentials. The tools are the assistant's functions the credential's
/// role may use (the same registry, schemas and bodies); a change is only proposed, and <c>confirm_action</c> carries it
/// out once. Every call goes through the Application's commands and queries, and is audited.
/// </summary>
public static class StudioMcpServer
{
    public const string ConfirmTool = "confirm_action", CancelTool = "cancel_action";

    private static readonly JsonElement ActionSchema = JsonDocument.Parse("""
        {"type":"object","properties":{"action_id":{"type":"string","description":"The pending action's id, as the tool that proposed it gave it."}},"required":["action_id"]}
        """).RootElement;

    public static IServiceCollection AddStudioMcpServer(this IServiceCollection services)
    {
        services.AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation { Name = "recording-studio-manager", Version = "1.0" };
                options.ServerInstructions = "A recording studio's bookings, clients, rooms, engineers and invoices. Times are the studio's " +
                    "own clock, written yyyy-MM-ddTHH:mm; rooms, clients and engineers are named, not numbered. A change is only " +
                    "proposed: show the user its summary, and call confirm_action with its action_id once they agree.";
            })
            .WithHttpTransport(options => options.Stateless = true)
            .WithListToolsHandler(async (context, ct) => ToolsList(await Sender(context).Send(new ListAgentToolsQuery(), ct)))
            .WithCallToolHandler(async (context, ct) => await CallAsync(context, ct))
            .WithListResourcesHandler((_, _) => ValueTask.FromResult(new ListResourcesResult
            {
                Resources = [.. AgentResources.All.Select(r => new Resource { Uri = r.Uri, Name = r.Name, Description = r.Description, MimeType = "application/json" })],
            }))
            .WithReadResourceHandler(async (context, ct) =>
            {
                var uri = context.Params?.Uri is { Length: > 0 } given ? given : throw new McpProtocolException("Give the uri of the resource to read.", McpErrorCode.InvalidParams);
                try
                {
                    // The same call a tool would make: role-checked and audited like one.
                    var call = await Sender(context).Send(new ResolveAgentResourceQuery(uri), ct);
                    var result = await Sender(context).Send(new CallAgentToolCommand(call.Tool, call.Arguments), ct);
                    return new ReadResourceResult { Contents = [new TextResourceContents { Uri = uri, MimeType = "application/json", Text = result.Text }] };
                }
                catch (NotFoundException)
                {
                    throw new McpProtocolException($"There is no resource '{uri}'.", McpErrorCode.ResourceNotFound);
                }
                catch (Exception ex) when (ex is not (OperationCanceledException or McpProtocolException))
                {
                    context.Services!.GetRequiredService<ILogger<McpServer>>().LogError(ex, "MCP resource {Uri} failed", uri);
                    throw new McpProtocolException("This could not be read just now. Try again in a moment.", McpErrorCode.InternalError);
                }
            })
            .WithListPromptsHandler((_, _) => ValueTask.FromResult(new ListPromptsResult { Prompts = [.. StudioPrompts.All.Select(p => p.Prompt)] }))
            .WithGetPromptHandler((context, _) => ValueTask.FromResult(StudioPrompts.Get(context.Params?.Name ?? "", context.Params?.Arguments)));
        return services;
    }

    /// <summary>The tools/list answer: the credential's functions, then confirm_action and cancel_action.</summary>
    public static ListToolsResult ToolsList(IEnumerable<AgentTool> tools) => new()
    {
        Tools =
        [
            .. tools.Select(t => new Tool { Name = t.Name, Description = t.Description, InputSchema = t.InputSchema }),
            new Tool { Name = ConfirmTool, Description = "Carry out a change a tool proposed (once).", InputSchema = ActionSchema },
            new Tool { Name = CancelTool, Description = "Drop a change a tool proposed.", InputSchema = ActionSchema },
        ],
    };

    /// <summary>At /mcp on each studio's host, for its staff's credentials (tokens, API keys), rate-limited per credential.</summary>
    public static void MapStudioMcpServer(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/mcp"), branch => branch.UseMiddleware<McpRequestGuard>());
        app.MapGroup("/mcp").RequireStudioStaff().WithRateLimit(SecurityRegistration.AgentRateLimit).ExcludeFromDescription().MapMcp();
    }

    private static ISender Sender(MessageContext context) => context.Services!.GetRequiredService<ISender>();

    private static async ValueTask<CallToolResult> CallAsync(RequestContext<CallToolRequestParams> context, CancellationToken ct)
    {
        var name = context.Params?.Name is { Length: > 0 } given ? given : throw new McpProtocolException("Give the name of the tool to call.", McpErrorCode.InvalidParams);
        IReadOnlyDictionary<string, JsonElement> arguments = context.Params?.Arguments?.ToDictionary() ?? [];
        try
        {
            if (name is ConfirmTool or CancelTool)
            {
                var outcome = await Sender(context).Send(new ConfirmAssistantActionCommand(ActionId(arguments), Cancel: name == CancelTool, ByAgent: true), ct);
                // Anything but done (or, for cancel_action, cancelled) did not happen: the agent must not report it as done.
                return Text($"{outcome.Status}: {outcome.Reply}", error: outcome.Status != (name == CancelTool ? "cancelled" : "executed"));
            }
            var result = await Sender(context).Send(new CallAgentToolCommand(name, arguments), ct);
            return Text(result.Pending is { } pending
                ? $"{result.Text}\nPending action {pending.Id} (until {pending.ExpiresAt:yyyy-MM-dd HH:mm} UTC): call {ConfirmTool} with this action_id " +
                  $"once the user agrees, or {CancelTool}."
                : result.Text, error: result.IsError);
        }
        catch (NotFoundException) when (name is not (ConfirmTool or CancelTool))
        {
            // Per the MCP specification an unknown tool is a protocol error, not a tool result.
            throw new McpProtocolException($"There is no tool '{name}' for this credential.", McpErrorCode.InvalidParams);
        }
        catch (Exception ex) when (ex.IsRefusal())
        {
            return Text($"Refused: {ex.Sentence()}", error: true);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or McpProtocolException))
        {
            // A fault, not the caller's: logged with its detail; the agent gets a sentence, never exception text.
            context.Services!.GetRequiredService<ILogger<McpServer>>().LogError(ex, "MCP tool {Tool} failed", name);
            return Text(ex is TenantUnavailableException ? "Failed: the studio is busy. Try again in a few seconds."
                : "Failed: this could not be done just now. Try again in a moment.", error: true);
        }
    }

    private static Guid ActionId(IReadOnlyDictionary<string, JsonElement> arguments) =>
        arguments.TryGetValue("action_id", out var value) && value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id)
            ? id
            : throw new McpProtocolException("'action_id' must be the id of a pending action (a GUID).", McpErrorCode.InvalidParams);

    private static CallToolResult Text(string text, bool error = false) =>
        new() { Content = [new TextContentBlock { Text = text }], IsError = error };
}
