using System.Globalization;
using System.Resources;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Assistant;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Resources;

/// <summary>
/// The product's words, one resource file per language: Text.resx is English (and every key), Text.fr.resx French.
/// Pages, e-mails and messages ask for them with <c>IStringLocalizer&lt;Text&gt;</c>; keys name the place ("Nav.Calendar").
/// Refusal and validation sentences are keyed by their English template instead ("Turnover is 0 to {0} minutes."), so
/// a rule and its sentence stay together in the code; <see cref="Say"/> finds them in the current language.
/// </summary>
public sealed class Text
{
    private static readonly ResourceManager Resources = new(typeof(Text).FullName!, typeof(Text).Assembly);

    /// <summary>Enumerations said in words, by the key prefix their labels have on pages.</summary>
    private static readonly Dictionary<Type, string> Labels = new()
    {
        [typeof(SessionStatus)] = "Status",
        [typeof(QuoteStatus)] = "QuoteStatus",
        [typeof(InvoiceStatus)] = "InvoiceStatus",
        [typeof(BookingRequestStatus)] = "RequestStatus",
        [typeof(PendingActionStatus)] = "ActionStatus",
        [typeof(AccountRole)] = "Role",
        [typeof(PaymentMethod)] = "PaymentMethod",
    };

    /// <summary>
    /// An English template in the current UI language, its arguments in the current culture: a <see cref="Term"/> is
    /// translated too, a status or role becomes its label in lower case ("cancelled", "annulée"). A template with no
    /// translation is said in English.
    /// </summary>
    public static string Say(string template, params IReadOnlyList<object?> arguments)
    {
        var said = arguments.Select(Word).ToArray();
        return Sentences.Format(CultureInfo.CurrentCulture, Translate(template), said);
    }

    /// <summary>The message of a refusal in the current language (its English message if it carries no template).</summary>
    public static string Say(ITranslatableMessage message) => Say(message.Template, message.Arguments);

    /// <summary>A key's text in the current UI language (English if that language lacks it), or null where no language has it.</summary>
    public static string? Find(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture);

    private static string Translate(string template) => Resources.GetString(template, CultureInfo.CurrentUICulture) ?? template;

    private static object? Word(object? argument) => argument switch
    {
        Term { Key: { } key } term => Resources.GetString(key, CultureInfo.CurrentUICulture) is { } words
            ? Sentences.Format(CultureInfo.CurrentCulture, words, [term.KeyArgument])
            : term.English,
        Term term => Translate(term.English),
        Enum value when Labels.TryGetValue(value.GetType(), out var prefix) =>
            (Resources.GetString($"{prefix}.{value}", CultureInfo.CurrentUICulture) ?? value.ToString()).ToLower(CultureInfo.CurrentCulture),
        Enum value => value.ToString().ToLowerInvariant(),
        _ => argument,
    };
}
