using RecordingStudio.Application.Resources;

namespace RecordingStudio.Application.Common.Validation;

/// <summary>A field as validation messages name it, in the current language.</summary>
public static class FieldNames
{
    /// <summary>
    /// "HourlyRate" → its <c>Field.HourlyRate</c> text ("Hourly rate", "Tarif horaire"); a field without one is spelled
    /// out from its name ("Artist Name"), as FluentValidation does.
    /// </summary>
    public static string Say(string property) => Text.Find($"Field.{property}") ?? Spelled(property);

    private static string Spelled(string property) =>
        string.Concat(property.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(property[i - 1]) ? " " + c : c.ToString()));
}
