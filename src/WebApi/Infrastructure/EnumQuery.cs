using System.Text.Json;
using FluentValidation.Results;
using FluentValidation;
using RecordingStudio.Application.Resources;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>An enum in a query string by name, as the API writes it ("noShow") and in any letter case; anything else (a number, or a list Enum.TryParse would combine) is a 400 naming the field.</summary>
public static class EnumQuery
{
    public static T? Parse<T>(string? value, string field) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.All(char.IsLetter) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw new ValidationException([new ValidationFailure(field,
            Text.Say("'{0}' is not a valid '{1}'; use one of {2}.", value, field, string.Join(", ", Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName))))]);
}
