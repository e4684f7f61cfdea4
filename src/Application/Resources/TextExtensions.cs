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

    /// <summary>
    /// The words a session's price basis is written with, in the studio's language: the basis is kept with the session,
    /// shown on its page and printed on its invoice.
    /// </summary>
    public static PriceWords PriceWords(string? studioLanguage)
    {
        using var language = Languages.Use(studioLanguage);
        string Word(string key) => Text.Find($"Price.{key}") ?? key;
        return new(Word("Engineer"), Word("Day"), Word("Days"), Word("HalfDay"), Word("HalfDays"), Word("SetTo"));
    }

    /// <summary>The same hold name inside a refusal sentence, said in the reader's language where it is answered.</summary>
    public static Term HoldTerm(int? rank) => new(Session.HoldName(rank), rank switch
    {
        null => "Hold.Any",
        1 or 2 or 3 => $"Hold.{rank}",
        _ => "Hold.N",
    }, rank);
}
