using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>The request is valid but clashes with the current state (a booked slot, a taken name).</summary>
public class ConflictException(string code, string message, IReadOnlyDictionary<string, object?>? details = null)
    : Exception(message)
{
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();
}

public static class DomainExceptionExtensions
{
    /// <summary>A domain rule refused a change of something that exists: a conflict with its current state (409).</summary>
    public static ConflictException AsConflict(this DomainException ex) => new(ex.Code, ex.Message);
}
