namespace RecordingStudio.Domain.Common;

/// <summary>
/// The thing exists and the request is well formed, but its current state refuses the change (a cancelled session cannot
/// be completed, a decided action cannot be decided again): a conflict with that state, answered 409.
/// </summary>
public sealed class InvalidStateException(string code, string template, params object?[] arguments)
    : DomainException(code, template, arguments);
