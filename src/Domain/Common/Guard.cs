namespace RecordingStudio.Domain.Common;

/// <summary>The entities' last line behind the validators; the field is named as the code names it.</summary>
internal static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new DomainException("required", "{0} is required.", field);
        if (trimmed.Length > maxLength)
            throw new DomainException("too_long", "{0} must be at most {1} characters.", field, maxLength);
        return trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > maxLength)
            throw new DomainException("too_long", "{0} must be at most {1} characters.", field, maxLength);
        return trimmed;
    }

    public static decimal NotNegative(decimal value, string field) =>
        value < 0 ? throw new DomainException("negative", "{0} must not be negative.", field) : value;
}
