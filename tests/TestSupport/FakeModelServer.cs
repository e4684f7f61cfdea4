using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace RecordingStudio.TestSupport;

/// <summary>
/// A fake OpenAI-compatible and Anthropic endpoint over real HTTP on loopback, answering from a script, so the real
/// Semantic Kernel connectors and function calling run against it. Every request body is kept for assertions.
/// </summary>
public sealed class FakeModelServer : IAsyncDisposable
{
    public delegate Task<IResult> Answer(JsonNode request);

    private readonly WebApplication _app;
    public ConcurrentQueue<Answer> OpenAi { get; } = new();
    public ConcurrentQueue<Answer> Anthropic { get; } = new();
    public ConcurrentQueue<JsonNode> OpenAiRequests { get; } = new();
    public ConcurrentQueue<JsonNode> AnthropicRequests { get; } = new();
    public ConcurrentQueue<Answer> Ollama { get; } = new();
    public ConcurrentQueue<JsonNode> OllamaRequests { get; } = new();
    public string BaseUrl { get; private set; } = "";
    private long _providerTicks;

    /// <summary>Time spent inside this fake provider, to tell the application's own time from the provider's.</summary>
    public TimeSpan ProviderTime => TimeSpan.FromTicks(Interlocked.Read(ref _providerTicks));

    private FakeModelServer(WebApplication app) => _app = app;

    public static async Task<FakeModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // The test folder holds the app's appsettings.json, whose host filter would refuse 127.0.0.1.
        builder.Configuration["AllowedHosts"] = "*";
        var app = builder.Build();
        var server = new FakeModelServer(app);
        app.MapPost("/v1/chat/completions", (HttpRequest r) => server.HandleAsync(r, server.OpenAi, server.OpenAiRequests));
        app.MapPost("/v1/messages", (HttpRequest r) => server.HandleAsync(r, server.Anthropic, server.AnthropicRequests));
        app.MapPost("/api/chat", (HttpRequest r) => server.HandleAsync(r, server.Ollama, server.OllamaRequests));
        await app.StartAsync();
        server.BaseUrl = app.Urls.First();
        return server;
    }

    private async Task<IResult> HandleAsync(HttpRequest request, ConcurrentQueue<Answer> script, ConcurrentQueue<JsonNode> seen)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var body = (await JsonNode.ParseAsync(request.Body))!;
        seen.Enqueue(body);
        var result = script.TryDequeue(out var answer) ? await answer(body) : Results.Problem("The fake model has no scripted answer left.", statusCode: 500);
        Interlocked.Add(ref _providerTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
        return result;
    }

    public Dictionary<string, string?> OpenAiSettings(string order = "openai") => new()
    {
        ["OPENAI_API_KEY"] = "test-openai-key",
        ["OPENAI_BASE_URL"] = BaseUrl + "/v1",
        ["OPENAI_MODEL"] = "gpt-fake",
        ["ANTHROPIC_API_KEY"] = "test-anthropic-key",
        ["ANTHROPIC_BASE_URL"] = BaseUrl,
        ["ANTHROPIC_MODEL"] = "claude-fake",
        ["OLLAMA_ENDPOINT"] = BaseUrl,
        ["OLLAMA_MODEL"] = "llama-fake",
        ["AI_PROVIDER_ORDER"] = order,
        ["Ai:ProviderTimeoutSeconds"] = "2",
    };

    // ---- scripted answers ----

    public static Answer OpenAiCall(string function, object arguments, int promptTokens = 100, int completionTokens = 10) => _ =>
        Task.FromResult(Results.Json(new
        {
            id = "chatcmpl-1",
            @object = "chat.completion",
            created = 1,
            model = "gpt-fake",
            choices = new[] { new { index = 0, finish_reason = "tool_calls", message = new {
                role = "assistant", content = (string?)null,
                tool_calls = new[] { new { id = "call_" + Guid.NewGuid().ToString("N")[..8], type = "function",
                    function = new { name = "studio-" + function, arguments = JsonSerializer.Serialize(arguments) } } } } } },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        }));

    public static Answer OpenAiText(Func<JsonNode, string> text, int promptTokens = 150, int completionTokens = 20) => request =>
        Task.FromResult(Results.Json(new
        {
            id = "chatcmpl-2",
            @object = "chat.completion",
            created = 1,
            model = "gpt-fake",
            choices = new[] { new { index = 0, finish_reason = "stop", message = new { role = "assistant", content = text(request) } } },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        }));

    public static Answer AnthropicCall(string function, object arguments, int input = 120, int output = 15) => _ =>
        Task.FromResult(Results.Json(new
        {
            id = "msg_1",
            type = "message",
            role = "assistant",
            model = "claude-fake",
            stop_reason = "tool_use",
            content = new object[] { new { type = "tool_use", id = "toolu_" + Guid.NewGuid().ToString("N")[..8], name = "studio_" + function, input = arguments } },
            usage = new { input_tokens = input, output_tokens = output },
        }));

    public static Answer AnthropicText(Func<JsonNode, string> text, int input = 160, int output = 25) => request =>
        Task.FromResult(Results.Json(new
        {
            id = "msg_2",
            type = "message",
            role = "assistant",
            model = "claude-fake",
            stop_reason = "end_turn",
            content = new object[] { new { type = "text", text = text(request) } },
            usage = new { input_tokens = input, output_tokens = output },
        }));

    public static Answer OllamaCall(string function, object arguments) => _ =>
        Task.FromResult(Results.Json(new
        {
            model = "llama-fake",
            created_at = "2026-11-27T10:00:00Z",
            done = true,
            done_reason = "stop",
            message = new { role = "assistant", content = "", tool_calls = new[] { new { function = new { name = "studio_" + function, arguments } } } },
            prompt_eval_count = 90,
            eval_count = 12,
        }));

    public static Answer OllamaText(Func<JsonNode, string> text) => request =>
        Task.FromResult(Results.Json(new
        {
            model = "llama-fake",
            created_at = "2026-11-27T10:00:01Z",
            done = true,
            done_reason = "stop",
            message = new { role = "assistant", content = text(request) },
            prompt_eval_count = 130,
            eval_count = 18,
        }));

    public static Answer Fails(int status = 500) => _ => Task.FromResult(Results.Problem("upstream exploded", statusCode: status));

    public static Answer Hangs(TimeSpan delay) => async _ =>
    {
        await Task.Delay(delay);
        return Results.Problem("too late", statusCode: 500);
    };

    /// <summary>The text of the last tool result in an OpenAI request (what our function returned to the model).</summary>
    public static string LastToolResult(JsonNode request) =>
        request["messages"]!.AsArray().Last(m => m!["role"]!.GetValue<string>() == "tool")!["content"]!.ToString();

    /// <summary>The same for an Anthropic request.</summary>
    public static string LastAnthropicToolResult(JsonNode request) =>
        request["messages"]!.AsArray().SelectMany(m => m!["content"] is JsonArray parts ? parts : [])
            .Last(p => p!["type"]?.GetValue<string>() == "tool_result")!["content"]!.ToJsonString();

    public static IReadOnlyList<string> OfferedTools(JsonNode request) =>
        request["tools"]?.AsArray().Select(t => (t!["function"]?["name"] ?? t["name"])!.GetValue<string>()).ToList() ?? [];

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
