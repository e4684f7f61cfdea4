using Microsoft.Extensions.Configuration;

namespace RecordingStudio.Infrastructure.Assistant;

public sealed record AiProvider(string Name, string Model, string? ApiKey, Uri? Endpoint)
{
    /// <summary>Never the key itself: logs and replies name the provider and model only.</summary>
    public override string ToString() => $"{Name} ({Model})";
}

/// <summary>
/// The model providers, in the order they are tried (AI_PROVIDER_ORDER, default anthropic,openai,ollama). A provider is
/// enabled when its key (Ollama: its endpoint) is set, in the environment or the equivalent Ai:* configuration keys.
/// </summary>
public sealed class AiProviders(IConfiguration configuration)
{
    public IReadOnlyList<AiProvider> Enabled { get; } = Read(configuration);

    public TimeSpan Timeout { get; } = TimeSpan.FromSeconds(configuration.GetValue("Ai:ProviderTimeoutSeconds", 30));

    private static IReadOnlyList<AiProvider> Read(IConfiguration c)
    {
        string? Value(string env, string key) => c[env] is { Length: > 0 } v ? v : c[key] is { Length: > 0 } k ? k : null;
        Uri? Url(string env, string key) => Value(env, key) is { } url ? new Uri(url) : null;

        var all = new Dictionary<string, AiProvider?>
        {
            ["anthropic"] = Value("ANTHROPIC_API_KEY", "Ai:Anthropic:ApiKey") is { } anthropicKey
                ? new AiProvider("anthropic", Value("ANTHROPIC_MODEL", "Ai:Anthropic:Model") ?? "claude-haiku-4-5", anthropicKey, Url("ANTHROPIC_BASE_URL", "Ai:Anthropic:BaseUrl"))
                : null,
            ["openai"] = Value("OPENAI_API_KEY", "Ai:OpenAI:ApiKey") is { } openAiKey
                ? new AiProvider("openai", Value("OPENAI_MODEL", "Ai:OpenAI:Model") ?? "gpt-4o-mini", openAiKey, Url("OPENAI_BASE_URL", "Ai:OpenAI:BaseUrl"))
                : null,
            ["ollama"] = Url("OLLAMA_ENDPOINT", "Ai:Ollama:Endpoint") is { } ollama
                ? new AiProvider("ollama", Value("OLLAMA_MODEL", "Ai:Ollama:Model") ?? "llama3.1", null, ollama)
                : null,
        };
        var order = (Value("AI_PROVIDER_ORDER", "Ai:ProviderOrder") ?? "anthropic,openai,ollama")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return order.Select(name => all.GetValueOrDefault(name.ToLowerInvariant())).OfType<AiProvider>().ToList();
    }
}
