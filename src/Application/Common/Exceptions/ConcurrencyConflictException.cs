namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>Someone else changed the same row since it was read (optimistic concurrency).</summary>
public sealed class ConcurrencyConflictException(Exception inner)
    : ConflictException("concurrent_change", "Someone else changed this at the same moment; try again.")
{
    public Exception Change { get; } = inner;
}
