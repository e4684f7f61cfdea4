using Microsoft.Extensions.Localization;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Resources;

/// <summary>Words built from values, said the same way on pages and in e-mails.</summary>
public static class TextExtensions
{
    /// <summary>A hold's place in line as studios say it: "2nd hold", "2e option".</summary>
    public static string HoldName(this IStringLocalizer<Text> text, int? rank) => rank switch
    {
        null => text["Hold.Any"],
        1 or 2 or 3 => text[$"Hold.{rank}"],
        _ => text["Hold.N", rank],
    };

    /// <summary>The same hold name inside a refusal sentence, said in the reader's language where it is answered.</summary>
    public static Term HoldTerm(int? rank) => new(Session.HoldName(rank), rank switch
    {
        null => "Hold.Any",
        1 or 2 or 3 => $"Hold.{rank}",
        _ => "Hold.N",
    }, rank);
}
