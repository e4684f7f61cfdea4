namespace RecordingStudio.Domain.Common;

/// <summary>A domain rule refused an operation; <see cref="Code"/> is stable so API clients can branch on it.</summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
