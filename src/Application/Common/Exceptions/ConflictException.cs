using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>
/// The request is valid but clashes with the current state (a booked slot, a taken name). The message is an English
/// template with numbered arguments, said in the caller's language where it is answered.
/// </summary>
public class ConflictException(string code, string template, params object?[] arguments)
    : Exception(Sentences.English(template, arguments)), ITranslatableMessage
{
    public string Code { get; } = code;
    public string Template { get; } = template;
    public IReadOnlyList<object?> Arguments { get; } = arguments;

    /// <summary>What the caller can act on, added to the problem as its own members (the taken subdomain, the slots still free).</summary>
    public IReadOnlyDictionary<string, object?> Details { get; init; } = new Dictionary<string, object?>();
}
