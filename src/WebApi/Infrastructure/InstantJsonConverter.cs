using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>
/// An instant in a JSON body says its offset ("…Z" or "…+01:00"): without one, "2027-04-01T10:00" would be read on the
/// server's clock, which is neither the studio's nor the caller's. Refused as unreadable (400 naming the field).
/// </summary>
public sealed partial class InstantJsonConverter : JsonConverter<DateTimeOffset>
{
    [GeneratedRegex(@"(?:[Zz]|[+-]\d{2}:?\d{2})$")]
    private static partial Regex EndsWithOffset();

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var instant) || !EndsWithOffset().IsMatch(reader.GetString()!))
            throw new JsonException(); // the serializer's own message, with the path the 400 names
        return instant;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
