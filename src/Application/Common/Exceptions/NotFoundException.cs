using System.Text.RegularExpressions;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>Nothing of that kind with that key here (404); the kind is an English noun, translated with the sentence.</summary>
public sealed partial class NotFoundException(string resource, object key)
    : Exception(Sentences.English(Sentence, [resource, key])), ITranslatableMessage
{
    private const string Sentence = "{0} '{1}' was not found.";

    public string Resource { get; } = resource;
    public object Key { get; } = key;
    public string Template => Sentence;
    public IReadOnlyList<object?> Arguments => [new Term(Resource), Key];

    /// <summary>A type's name as a person says it: BookingRequest → "Booking request".</summary>
    public static string NameOf(Type type) => LaterWords().Replace(type.Name, m => " " + m.Value.ToLowerInvariant());

    [GeneratedRegex("(?<=[a-z])[A-Z]")]
    private static partial Regex LaterWords();
}
