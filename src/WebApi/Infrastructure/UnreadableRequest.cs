using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>
/// Says, in a caller's words, what could not be read in a malformed request: which field, and what kind of value it
/// takes. The parser's own message (type names, byte positions) stays in the log.
/// </summary>
public static partial class UnreadableRequest
{
    /// <summary>The field at fault (as the JSON body or the query string names it) and a sentence about it.</summary>
    public static (string? Field, string Detail) Explain(BadHttpRequestException ex, HttpContext http)
    {
        if (ex.InnerException is JsonException json)
        {
            var field = json.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : null;
            if (!json.Message.Contains("could not be converted", StringComparison.Ordinal))
                return (null, field is null ? Text.Say("The body is not valid JSON.") : Text.Say("The body is not valid JSON (it breaks off near '{0}').", field));
            // The exception handler has cleared the request's endpoint; its feature keeps the one that failed.
            var endpoint = http.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint ?? http.GetEndpoint();
            var bodyType = endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType;
            if (field is null) return (null, Text.Say("The body must be a JSON object with the fields this operation documents."));
            return (field, Text.Say("'{0}' must be {1}.", field, Expected(FieldType(bodyType, field))));
        }
        if (BindFailure().Match(ex.Message) is { Success: true } bind)
            return (bind.Groups["name"].Value, Text.Say("'{0}' must be {1}.", bind.Groups["name"].Value, Expected(TypeNamed(bind.Groups["type"].Value))));
        if (MissingParameter().Match(ex.Message) is { Success: true } missing)
            return (missing.Groups["name"].Value, Text.Say("'{0}' is required.", missing.Groups["name"].Value));
        if (ex.StatusCode == StatusCodes.Status413PayloadTooLarge) return (null, Text.Say("The request body is too large."));
        return (null, Text.Say("The request could not be read. Check the body and the parameters against the API reference."));
    }

    /// <summary>What a value of the type looks like, for a person writing the request.</summary>
    private static object Expected(Type? type)
    {
        type = Nullable.GetUnderlyingType(type ?? typeof(object)) ?? type;
        if (type is { IsEnum: true })
            return Text.Say("one of: {0}", string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName)));
        return type switch
        {
            _ when type == typeof(Guid) => new Term("an id (a GUID such as 0199a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b)"),
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => new Term("a date and time with its offset, such as 2026-12-01T14:00:00+01:00"),
            _ when type == typeof(DateOnly) => new Term("a date such as 2026-12-01"),
            _ when type == typeof(TimeOnly) => new Term("a time of day such as 09:30"),
            _ when type == typeof(bool) => new Term("true or false"),
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => new Term("a whole number in range"),
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => new Term("a number in range"),
            _ when type == typeof(string) => new Term("text"),
            _ => new Term("a value of the documented type"),
        };
    }

    /// <summary>
    /// Follows "studio.name" through the body type's properties, by [JsonPropertyName] or case-insensitively by name, as
    /// the JSON binder does.
    /// </summary>
    private static Type? FieldType(Type? bodyType, string field)
    {
        var type = bodyType;
        foreach (var name in field.Split('.'))
        {
            if (type is null || name.Contains('[')) return null;
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            type = (properties.FirstOrDefault(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name == name)
                    ?? properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))?.PropertyType;
        }
        return type;
    }

    /// <summary>"Nullable&lt;DateTimeOffset&gt;" or "int", as the binder writes a parameter's type.</summary>
    private static Type? TypeNamed(string name)
    {
        var inner = name.StartsWith("Nullable<", StringComparison.Ordinal) ? name[9..^1] : name;
        return inner switch
        {
            "int" => typeof(int),
            "long" => typeof(long),
            "bool" => typeof(bool),
            "decimal" => typeof(decimal),
            "double" => typeof(double),
            "string" => typeof(string),
            _ => Type.GetType("System." + inner),
        };
    }

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^ \"]+) (?<name>[^ \"]+)\" from")]
    private static partial Regex BindFailure();

    [GeneratedRegex("^Required parameter \"(?<type>[^ \"]+) (?<name>[^ \"]+)\" was not provided")]
    private static partial Regex MissingParameter();
}
