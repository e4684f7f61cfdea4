namespace RecordingStudio.Application.Common.Interfaces;

public sealed record ChatLine(string Role, string Text);

public sealed record TokenUsage(int InputTokens, int OutputTokens)
{
    public int TotalTokens => InputTokens + OutputTokens;
    public static readonly TokenUsage None = new(0, 0);
}

public sealed record ModelReply(string Text, string Provider, string Model, TokenUsage Usage);

/// <summary>
/// The language model behind the assistant (Semantic Kernel, providers tried in order). During a turn it may call the
/// assistant's functions, which send the same commands and queries as the API for the signed-in staff member.
/// </summary>
public interface IAssistantModel
{
    /// <summary>False when no provider is configured: the assistant then serves explicit commands only.</summary>
    bool IsConfigured { get; }

    /// <exception cref="AssistantUnavailableException">Every configured provider failed.</exception>
    Task<ModelReply> ReplyAsync(string systemPrompt, IReadOnlyList<ChatLine> history, string message, CancellationToken ct);
}

public sealed class AssistantUnavailableException(string message) : Exception(message);
