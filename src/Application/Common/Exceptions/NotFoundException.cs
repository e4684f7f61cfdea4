using System.Text.RegularExpressions;

namespace RecordingStudio.Application.Common.Exceptions;

public sealed partial class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;
    public object Key { get; } = key;

    /// <summary>A type's name as a person says it: BookingRequest → "Booking request".</summary>
    public static string NameOf(Type type) => LaterWords().Replace(type.Name, m => " " + m.Value.ToLowerInvariant());

    [GeneratedRegex("(?<=[a-z])[A-Z]")]
    private static partial Regex LaterWords();
}
