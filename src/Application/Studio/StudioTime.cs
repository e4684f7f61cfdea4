using System.Globalization;
using Mediator;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Application.Studio.Settings.GetStudioSettings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio;

/// <summary>
/// The studio's own clock for people: its settings and calendar (read once per request, through the same query as the
/// API), times written in studio time read back as instants, and spans formatted as a person reads them.
/// </summary>
public sealed class StudioTime(ISender sender)
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];
    private StudioSettingsDto? _settings;

    public async Task<StudioSettingsDto> SettingsAsync(CancellationToken ct) => _settings ??= await sender.Send(new GetStudioSettingsQuery(), ct);

    public async Task<StudioCalendar> CalendarAsync(CancellationToken ct) => new((await SettingsAsync(ct)).TimeZone);

    /// <summary>"Fri 28 Nov 14:00–18:00" in the studio's time; "Fri 28 Nov 22:00–Sat 29 Nov 02:00" when it ends on another day.</summary>
    public static string When(DateTimeOffset start, DateTimeOffset end, StudioCalendar calendar)
    {
        var (from, to) = (calendar.ToLocal(start), calendar.ToLocal(end));
        var endFormat = from.Date == to.Date ? "HH:mm" : "ddd d MMM HH:mm";
        // In the reader's language ("Tue 1 Dec", "mar. 1 déc."): the request's culture, invariant (English) elsewhere.
        return $"{from.ToString("ddd d MMM HH:mm", CultureInfo.CurrentCulture)}–{to.ToString(endFormat, CultureInfo.CurrentCulture)}";
    }

    /// <summary>Reads a time the model or the user wrote in studio time ("2026-11-28T14:00"); an explicit offset is honoured.</summary>
    public async Task<DateTimeOffset?> ParseAsync(string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (text.Length > 16 && (text.EndsWith('Z') || text[^6] is '+' or '-') &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
            return exact.ToUniversalTime();
        return DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? (await CalendarAsync(ct)).ToUtc(local)
            : null;
    }
}
