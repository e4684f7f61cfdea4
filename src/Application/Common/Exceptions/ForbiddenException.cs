using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>The caller is known but may not do this (403), with a stable code such as <c>forbidden</c> or <c>trial_expired</c>.</summary>
public sealed class ForbiddenException(string code, string template, params object?[] arguments)
    : Exception(Sentences.English(template, arguments)), ITranslatableMessage
{
    public ForbiddenException(string code, TranslatableText text) : this(code, text.Template, [.. text.Arguments]) { }

    public string Code { get; } = code;

    /// <summary>The operation refused, by name ("SetStudioLanguage"), when that says more than the sentence.</summary>
    public string? Action { get; init; }
    public string Template { get; } = template;
    public IReadOnlyList<object?> Arguments { get; } = arguments;
}
