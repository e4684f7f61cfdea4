namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>The request is valid but clashes with the current state (a booked slot, a taken name).</summary>
public class ConflictException(string code, string message, IReadOnlyDictionary<string, object?>? details = null)
    : Exception(message)
{
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();
}
