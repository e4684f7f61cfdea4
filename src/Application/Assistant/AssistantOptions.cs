using RecordingStudio.Domain.Assistant;

namespace RecordingStudio.Application.Assistant;

/// <summary>How long a proposal waits for its confirmation (Assistant:PendingActionMinutes).</summary>
public sealed record AssistantOptions(TimeSpan PendingActionLifetime)
{
    public static readonly AssistantOptions Default = new(PendingAction.DefaultLifetime);
}
