namespace RecordingStudio.Domain.Common;

/// <summary>
/// A domain rule refused an operation; <see cref="Code"/> is stable so API clients can branch on it. The message is an
/// English template with numbered arguments, so the edge that answers a person can say it in their language.
/// </summary>
public class DomainException(string code, string template, params object?[] arguments)
    : Exception(Sentences.English(template, arguments)), ITranslatableMessage
{
    public string Code { get; } = code;
    public string Template { get; } = template;
    public IReadOnlyList<object?> Arguments { get; } = arguments;
}
