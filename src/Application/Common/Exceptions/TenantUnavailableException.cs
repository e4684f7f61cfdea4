namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>A studio request arrived where no usable studio was resolved (apex host, unknown or suspended studio).</summary>
public sealed class TenantUnavailableException(string code, string message, int statusCode) : Exception(message)
{
    public string Code { get; } = code;
    public int StatusCode { get; } = statusCode;
}
