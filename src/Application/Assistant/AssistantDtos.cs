using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant;

public sealed record FunctionCallDto(string Name, string Arguments, string Outcome);

public sealed record PendingActionDto(Guid Id, string Summary, DateTimeOffset ExpiresAt)
{
    public static PendingActionDto From(PendingAction action) => new(action.Id, action.Summary, action.ExpiresAt);
}

/// <summary>A turn's answer. <c>SessionId</c> is the conversation's id, under the name the API has always given it.</summary>
public sealed record AssistantReplyDto(
    string Reply,
    string SessionId,
    string Provider,
    string? Model,
    TokenUsage Usage,
    long LatencyMs,
    IReadOnlyList<FunctionCallDto> Functions,
    PendingActionDto? PendingAction);
