using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Application.Assistant;

public sealed record FunctionCallDto(string Name, string Arguments, string Outcome);

public sealed record PendingActionDto(Guid Id, string Summary);

public sealed record AssistantReplyDto(
    string Reply,
    Guid SessionId,
    string Provider,
    string? Model,
    TokenUsage Usage,
    long LatencyMs,
    IReadOnlyList<FunctionCallDto> Functions,
    PendingActionDto? PendingAction);
