using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>A studio request arrived where no usable studio was resolved (apex host, unknown or suspended studio).</summary>
public sealed class TenantUnavailableException(string code, string template, int statusCode, params object?[] arguments)
    : Exception(Sentences.English(template, arguments)), ITranslatableMessage
{
    public string Template { get; } = template;
    public IReadOnlyList<object?> Arguments { get; } = arguments;
    public string Code { get; } = code;
    public int StatusCode { get; } = statusCode;

    /// <summary>Something that works inside a studio was asked for where there is none (the apex host, a CLI scope not in a studio).</summary>
    public static TenantUnavailableException StudioRequired() =>
        new("studio_required", "This endpoint is only available on a studio's own host.", 404);
}
