namespace RecordingStudio.Domain.Common;

internal static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new DomainException("required", $"{field} is required.");
        if (trimmed.Length > maxLength)
            throw new DomainException("too_long", $"{field} must be at most {maxLength} characters.");
        return trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > maxLength)
            throw new DomainException("too_long", $"{field} must be at most {maxLength} characters.");
        return trimmed;
    }

    public static decimal NotNegative(decimal value, string field) =>
        value < 0 ? throw new DomainException("negative", $"{field} must not be negative.") : value;
}
