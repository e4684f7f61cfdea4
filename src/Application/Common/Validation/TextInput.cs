using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using FluentValidation.Results;
using RecordingStudio.Application.Resources;

namespace RecordingStudio.Application.Common.Validation;

/// <summary>A text field that may span lines (notes, a description, a chat message): tabs and line breaks are kept.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FreeTextAttribute : Attribute;

/// <summary>
/// The one rule every string of every command and query obeys, checked before its validators (so no validator can
/// forget it): no NUL (PostgreSQL cannot store it), no control characters — line breaks (U+2028 and U+2029 too) and
/// invisible direction overrides included, unless the field is <see cref="FreeTextAttribute">free text</see> — since a
/// name or a title ends up in e-mail headers, log lines and other people's screens, and no broken UTF-16. Nested records (a signup's studio, account, security) and lists of them or of strings (an invoice's lines) are checked item by item, field by field.
/// </summary>
public static class TextInput
{
    private sealed record Field(PropertyInfo Property, bool FreeText, bool Nested, bool List);

    private static readonly ConcurrentDictionary<Type, Field[]> FieldsOf = new();

    public static List<ValidationFailure> Check(object message)
    {
        var failures = new List<ValidationFailure>();
        Check(message, "", failures, depth: 0);
        return failures;
    }

    private static void Check(object value, string prefix, List<ValidationFailure> failures, int depth)
    {
        foreach (var field in FieldsOf.GetOrAdd(value.GetType(), Discover))
        {
            var path = prefix + field.Property.Name;
            switch (field.Property.GetValue(value))
            {
                case string text when Problem(text, field.FreeText, field.Property.Name) is { } problem:
                    failures.Add(new ValidationFailure(path, problem) { AttemptedValue = text });
                    break;
                case { } nested when field.Nested && depth < 4:
                    Check(nested, path + ".", failures, depth + 1);
                    break;
                case System.Collections.IEnumerable items when field.List && depth < 4:
                    var index = 0;
                    foreach (var item in items)
                    {
                        var at = $"{path}[{index++}]";
                        if (item is string text && Problem(text, field.FreeText, field.Property.Name) is { } itemProblem)
                            failures.Add(new ValidationFailure(at, itemProblem) { AttemptedValue = text });
                        else if (item is not null and not string) Check(item, at + ".", failures, depth + 1);
                    }
                    break;
            }
        }
    }

    /// <summary>What is wrong with the text, as a sentence naming the field (its template and what fills it), or null.</summary>
    private static string? Problem(string text, bool freeText, string property)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else return Say("'{0}' is not valid Unicode text.");
            }
            else if (c == '\0') return Say("'{0}' contains a NUL character (U+0000), which cannot be stored.");
            else if (char.IsControl(c) && !(freeText && c is '\t' or '\r' or '\n'))
                return c is '\r' or '\n' or '\t'
                    ? Say("'{0}' must be a single line (no line breaks or tabs).")
                    : Say("'{0}' contains a control character (U+{1}).", ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else if (!freeText && c is '\u2028' or '\u2029') return Say("'{0}' must be a single line (no line breaks or tabs).");
            else if (!freeText && IsDirectionalOverride(c))
                return Say("'{0}' contains an invisible direction override (U+{1}), which can make text read differently than it is.",
                    ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return null;

        string Say(string template, string? code = null) => Text.Say(template, FieldNames.Say(property), code);
    }

    /// <summary>Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): what "Trojan Source" text hides behind.</summary>
    private static bool IsDirectionalOverride(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static Field[] Discover(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => new Field(p, p.IsDefined(typeof(FreeTextAttribute)), IsOwnRecord(p.PropertyType), IsListOfText(p.PropertyType)))
            .Where(f => f.Property.PropertyType == typeof(string) || f.Nested || f.List)
            .ToArray();

    /// <summary>A list of strings or of this application's records (an invoice's free lines).</summary>
    private static bool IsListOfText(Type type) =>
        type != typeof(string) && type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] is { } item
        && (item == typeof(string) || IsOwnRecord(item));

    /// <summary>Records of this application nested in a message (not enums, interfaces or framework types).</summary>
    private static bool IsOwnRecord(Type type) =>
        type.IsClass && type != typeof(string) && !type.IsGenericType && type.Namespace?.StartsWith("RecordingStudio.", StringComparison.Ordinal) == true;
}
