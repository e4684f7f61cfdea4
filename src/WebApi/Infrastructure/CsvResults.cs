using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>Reports as CSV for a spreadsheet, when the caller asks with <c>Accept: text/csv</c> (or a link with <c>?format=csv</c>).</summary>
public static class CsvResults
{
    public const string ContentType = "text/csv";

    public static bool Wanted(HttpRequest request) =>
        request.Query["format"] == "csv" || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A header row and the rows, comma-separated (RFC 4180), numbers in invariant culture; text that a spreadsheet
    /// would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
    /// </summary>
    public static ContentHttpResult Of(HttpResponse response, string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', header.Select(Field)).Append("\r\n");
        foreach (var row in rows) csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return TypedResults.Text(csv.ToString(), $"{ContentType}; charset=utf-8");
    }

    private static string Field(object? value) => value switch
    {
        null => "",
        // Amounts are stored to three places for every currency; a spreadsheet wants 406.83, not 406.830.
        decimal number => number.ToString("0.############", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Text(value.ToString() ?? ""),
    };

    private static string Text(string text)
    {
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0])) text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
