using System.Globalization;
using Microsoft.Extensions.Localization;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

/// <summary>A session as a person reads it: names instead of ids, the studio's time.</summary>
/// <param name="State">The status as said: "confirmed", "2nd hold until Tue 1 Dec 14:00".</param>
/// <param name="Price">"516.00 EUR" (the culture's own format comes with the studio's language); null when not priced.</param>
public sealed record SessionView(Guid Id, string When, string Room, string Client, string? Engineer, string? Title, SessionStatus Status, string State,
    string? Price = null);

/// <summary>Sessions with names and studio time, for pages and the assistant; a list costs one query for its clients' names.</summary>
public sealed class SessionViews(StudioNames names, StudioTime time, IStringLocalizer<Text> text)
{
    public async Task<SessionView> ViewAsync(SessionDto session, CancellationToken ct) => (await ViewAsync([session], ct))[0];

    public async Task<IReadOnlyList<SessionView>> ViewAsync(IEnumerable<SessionDto> sessions, CancellationToken ct)
    {
        var list = sessions.ToList();
        if (list.Count == 0) return [];
        var rooms = await names.RoomNamesAsync(ct);
        var engineers = await names.EngineerNamesAsync(ct);
        var clients = await names.ClientNamesAsync(list.Select(s => s.ClientId), ct);
        var calendar = await time.CalendarAsync(ct);
        var culture = (await time.SettingsAsync(ct)).Culture;
        return list.Select(s => new SessionView(s.Id, StudioTime.When(s.StartsAt, s.EndsAt, calendar),
            rooms.GetValueOrDefault(s.RoomId, "?"), clients.GetValueOrDefault(s.ClientId, "?"),
            s.EngineerId is { } id ? engineers.GetValueOrDefault(id) : null, s.Title, s.Status, State(s, calendar),
            s.Price is { Currency.Length: > 0 } price ? Currencies.Text(price.Gross, price.Currency, culture) : null)).ToList();
    }

    /// <summary>In the current language: "2nd hold until Tue 1 Dec 14:00", "2e option jusqu'au mar. 1 déc. 14:00", "confirmed".</summary>
    private string State(SessionDto session, StudioCalendar calendar) =>
        session.Status == SessionStatus.Hold && session.HoldExpiresAt is { } expiry
            ? text["Details.HoldUntil", text.HoldName(session.HoldRank), calendar.ToLocal(expiry).ToString("ddd d MMM HH:mm", CultureInfo.CurrentCulture)]
            : text[$"Status.{session.Status}"];

    /// <summary>One line: when (studio time), room, client, engineer, title, status and the id to act on.</summary>
    public async Task<string> DescribeAsync(SessionDto session, CancellationToken ct) => Describe(await ViewAsync(session, ct));

    public async Task<IReadOnlyList<string>> DescribeAsync(IEnumerable<SessionDto> sessions, CancellationToken ct) =>
        (await ViewAsync(sessions, ct)).Select(Describe).ToList();

    private static string Describe(SessionView view) =>
        $"{view.When} · {view.Room} · {view.Client}"
        + (view.Engineer is null ? "" : " · " + Text.Say("with {0}", view.Engineer))
        + (view.Title is null ? "" : $" · {view.Title}")
        + (view.Price is null ? "" : $" · {view.Price}")
        + $" ({view.State}, id {view.Id})";
}
