namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>The caller is known but may not do this (403), with a stable code such as <c>forbidden</c> or <c>trial_expired</c>.</summary>
public sealed class ForbiddenException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
