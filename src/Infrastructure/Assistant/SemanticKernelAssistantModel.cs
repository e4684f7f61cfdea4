using Anthropic;
using Anthropic.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OllamaSharp;
using RecordingStudio.Application.Assistant;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Infrastructure.Assistant;

/// <summary>
/// Semantic Kernel with automatic function calling over the studio plugin, trying the configured providers in order;
/// the next one answers when one fails or times out. Built per request: the plugin acts as the signed-in user.
/// </summary>
public sealed class SemanticKernelAssistantModel(
    AiProviders providers,
    AiHttpTransport transport,
    StudioAssistantPlugin plugin,
    FunctionFailures failures,
    ICurrentUser user,
    ILogger<SemanticKernelAssistantModel> logger) : IAssistantModel
{
    private const int MaxOutputTokens = 800;

    public bool IsConfigured => providers.Enabled.Count > 0;

    public async Task<ModelReply> ReplyAsync(string systemPrompt, IReadOnlyList<ChatLine> history, string message, CancellationToken ct)
    {
        var failures = new List<string>();
        foreach (var provider in providers.Enabled)
        {
            var usage = new UsageCountingHandler { InnerHandler = transport.Handler };
            using var http = new HttpClient(usage, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(providers.Timeout);
            try
            {
                var chat = CreateChatService(provider, http);
                var kernel = BuildKernel(chat, ToolSelection.For(message, history.Select(l => l.Text)));
                var reply = await chat.GetChatMessageContentAsync(Conversation(systemPrompt, history, message),
                    new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }, kernel, timeout.Token);
                return new ModelReply(reply.Content ?? "", provider.Name, provider.Model, usage.Total);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                var reason = timeout.IsCancellationRequested ? $"no answer within {providers.Timeout.TotalSeconds:0} s" : ex.GetBaseException().Message;
                logger.LogWarning("Assistant provider {Provider} failed: {Reason}", provider, reason);
                failures.Add($"{provider.Name}: {Shorten(reason)}");
            }
        }
        throw new AssistantUnavailableException(string.Join("; ", failures));
    }

    private Kernel BuildKernel(IChatCompletionService chat, IReadOnlySet<FunctionCue> cues)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(chat);
        var kernel = builder.Build();
        kernel.AutoFunctionInvocationFilters.Add(failures);
        // Only the functions the signed-in role may use are offered at all, and of those the ones the message is about.
        var offered = user.Role is { } role ? AssistantFunctions.Offered(cues, role) : [];
        kernel.Plugins.Add(KernelPluginFactory.CreateFromFunctions(StudioAssistantPlugin.Name, plugin.KernelFunctions(offered)));
        return kernel;
    }

    private static IChatCompletionService CreateChatService(AiProvider provider, HttpClient http) => provider.Name switch
    {
        // The custom-endpoint constructor is marked experimental; it is how OpenAI-compatible servers are reached.
#pragma warning disable SKEXP0010
        "openai" => provider.Endpoint is { } endpoint
            ? new OpenAIChatCompletionService(provider.Model, endpoint, provider.ApiKey, httpClient: http)
#pragma warning restore SKEXP0010
            : new OpenAIChatCompletionService(provider.Model, provider.ApiKey!, httpClient: http),
        "anthropic" => WithFunctionCalling(new AnthropicClient(new ClientOptions
        {
            ApiKey = provider.ApiKey,
            BaseUrl = provider.Endpoint?.ToString().TrimEnd('/') ?? "https://api.anthropic.com",
            HttpClient = http,
            MaxRetries = 0,
        }).AsIChatClient(provider.Model, MaxOutputTokens)),
        "ollama" => WithFunctionCalling(new OllamaApiClient(ConfigureBase(http, provider.Endpoint!), provider.Model)),
        _ => throw new InvalidOperationException($"Unknown provider {provider.Name}."),
    };

    /// <summary>An IChatClient only calls kernel functions when wrapped (without it, the reply is silently empty).</summary>
    private static IChatCompletionService WithFunctionCalling(IChatClient client) =>
        new ChatClientBuilder(client).UseKernelFunctionInvocation().Build().AsChatCompletionService();

    private static HttpClient ConfigureBase(HttpClient http, Uri endpoint)
    {
        http.BaseAddress = endpoint;
        return http;
    }

    private static ChatHistory Conversation(string systemPrompt, IReadOnlyList<ChatLine> history, string message)
    {
        var chat = new ChatHistory(systemPrompt);
        foreach (var line in history)
            chat.AddMessage(line.Role == "assistant" ? AuthorRole.Assistant : AuthorRole.User, line.Text);
        chat.AddUserMessage(message);
        return chat;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..197] + "…";
}

/// <summary>One connection pool for all provider calls (each turn wraps it with its own usage counter).</summary>
public sealed class AiHttpTransport : IDisposable
{
    public HttpMessageHandler Handler { get; } = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    public void Dispose() => Handler.Dispose();
}
