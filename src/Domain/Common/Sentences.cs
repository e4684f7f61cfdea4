using System.Globalization;
using System.Text.RegularExpressions;

namespace RecordingStudio.Domain.Common;

/// <summary>
/// A message that can be said in another language: its English template ("Turnover is 0 to {0} minutes.") is both the
/// English text and the key its translations are found under, and its arguments fill the numbered places.
/// </summary>
public interface ITranslatableMessage
{
    string Template { get; }
    IReadOnlyList<object?> Arguments { get; }
}

/// <summary>A sentence to be said in the reader's language, made where the rule is and said where the reader is.</summary>
public sealed record TranslatableText(string Template, params IReadOnlyList<object?> Arguments) : ITranslatableMessage
{
    public override string ToString() => Sentences.English(Template, Arguments);
}

/// <summary>
/// A word inside a sentence that is translated with it ("Room" in "Room '…' was not found", a verb such as "cancel"):
/// found by its English, or by <paramref name="Key"/> where the same words are kept for pages ("Hold.2" → "2nd hold"),
/// <paramref name="KeyArgument"/> filling that key's {0}.
/// </summary>
public sealed record Term(string English, string? Key = null, object? KeyArgument = null)
{
    public override string ToString() => English;
}

public static partial class Sentences
{
    /// <summary>
    /// Fills {0}, {1:d}… and leaves any other brace alone (a FluentValidation {PropertyValue} is filled later by it).
    /// An argument that is missing is left as its placeholder rather than failing the message.
    /// </summary>
    public static string Format(IFormatProvider culture, string template, IReadOnlyList<object?> arguments) =>
        arguments.Count == 0 ? template : Placeholder().Replace(template, match =>
        {
            var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
            if (index >= arguments.Count) return match.Value;
            var format = match.Groups["format"].Success ? match.Groups["format"].Value : null;
            return arguments[index] switch
            {
                null => "",
                IFormattable value => value.ToString(format, culture),
                var value => value.ToString() ?? "",
            };
        });

    /// <summary>The English sentence, as exceptions carry it in their message (and logs show it).</summary>
    public static string English(string template, IReadOnlyList<object?> arguments) =>
        Format(CultureInfo.InvariantCulture, template, arguments);

    [GeneratedRegex(@"\{(?<index>\d+)(?::(?<format>[^}]*))?\}")]
    private static partial Regex Placeholder();
}
