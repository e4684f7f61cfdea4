using System.Globalization;
using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Clients.GetClient;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Engineers.GetEngineers;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Rooms.GetRooms;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Sessions.FindFreeSlots;
using RecordingStudio.Application.Studio.Sessions.GetSession;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Application.Studio.Settings.GetStudioSettings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Assistant;

public sealed record SessionView(Guid Id, string When, string Room, string Client, string? Engineer, string? Title, SessionStatus Status);

/// <summary>
/// What the assistant needs to talk like a person: names instead of ids, studio time instead of UTC. Everything is
/// read through the same queries as the API, as the signed-in staff member (scoped to the request).
/// </summary>
public sealed class StudioDirectory(ISender sender)
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];
    private StudioSettingsDto? _settings;
    private IReadOnlyList<RoomDto>? _rooms;
    private IReadOnlyList<EngineerDto>? _engineers;
    private readonly Dictionary<Guid, string> _clientNames = new();
    private IReadOnlyDictionary<Guid, string>? _roomNames;
    private IReadOnlyDictionary<Guid, string>? _engineerNames;

    public async Task<StudioSettingsDto> SettingsAsync(CancellationToken ct) => _settings ??= await sender.Send(new GetStudioSettingsQuery(), ct);

    public async Task<StudioCalendar> CalendarAsync(CancellationToken ct) => new((await SettingsAsync(ct)).TimeZone);

    public async Task<IReadOnlyList<RoomDto>> RoomsAsync(CancellationToken ct) => _rooms ??= (await sender.Send(new GetRoomsQuery(PageSize: Paging.MaxPageSize), ct)).Items;

    public async Task<IReadOnlyList<EngineerDto>> EngineersAsync(CancellationToken ct) => _engineers ??= (await sender.Send(new GetEngineersQuery(PageSize: Paging.MaxPageSize), ct)).Items;

    public async Task<RoomDto?> FindRoomAsync(string? name, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(name) ? null : BestMatch(await RoomsAsync(ct), r => r.Name, name);

    public async Task<EngineerDto?> FindEngineerAsync(string? name, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(name) ? null : BestMatch(await EngineersAsync(ct), e => e.Name, name);

    public async Task<ClientDto?> FindClientAsync(string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var found = await sender.Send(new GetAllClientsQuery(name.Trim(), PageSize: 10), ct);
        return BestMatch(found.Items, c => c.Name, name) ?? found.Items.FirstOrDefault();
    }

    public async Task<string> ClientNameAsync(Guid id, CancellationToken ct)
    {
        if (!_clientNames.TryGetValue(id, out var name))
            _clientNames[id] = name = (await sender.Send(new GetClientQuery(id), ct)).Name;
        return name;
    }

    /// <summary>A session with names and studio time: what pages and the assistant show.</summary>
    public async Task<SessionView> ViewAsync(SessionDto session, CancellationToken ct)
    {
        _roomNames ??= (await sender.Send(new GetRoomsQuery(IncludeInactive: true, PageSize: Paging.MaxPageSize), ct)).Items.ToDictionary(r => r.Id, r => r.Name);
        _engineerNames ??= (await sender.Send(new GetEngineersQuery(IncludeInactive: true, PageSize: Paging.MaxPageSize), ct)).Items.ToDictionary(e => e.Id, e => e.Name);
        return new SessionView(session.Id, When(session.StartsAt, session.EndsAt, await CalendarAsync(ct)),
            _roomNames.GetValueOrDefault(session.RoomId, "?"), await ClientNameAsync(session.ClientId, ct),
            session.EngineerId is { } id ? _engineerNames.GetValueOrDefault(id) : null, session.Title, session.Status);
    }

    public async Task<IReadOnlyList<SessionView>> ViewAsync(IEnumerable<SessionDto> sessions, CancellationToken ct)
    {
        var views = new List<SessionView>();
        foreach (var session in sessions) views.Add(await ViewAsync(session, ct));
        return views;
    }

    /// <summary>One line a person can read: when (studio time), room, client, engineer, title, status and the id to act on.</summary>
    public async Task<string> DescribeAsync(SessionDto session, CancellationToken ct)
    {
        var view = await ViewAsync(session, ct);
        return $"{view.When} · {view.Room} · {view.Client}"
               + (view.Engineer is null ? "" : $" · with {view.Engineer}")
               + (view.Title is null ? "" : $" · {view.Title}")
               + $" ({view.Status.ToString().ToLowerInvariant()}, id {view.Id})";
    }

    /// <summary>The first free slots of the same length on the same studio day for the room (and engineer), in studio time.</summary>
    public async Task<IReadOnlyList<string>> FreeSlotsLikeAsync(Guid roomId, Guid? engineerId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var calendar = await CalendarAsync(ct);
        var slots = await sender.Send(new FindFreeSlotsQuery(roomId, engineerId, calendar.DateOf(start), (int)(end - start).TotalMinutes, 3), ct);
        return slots.Select(s => When(s.StartsAt, s.EndsAt, calendar)).ToList();
    }

    /// <summary>
    /// A refused booking in words a person reads (pages and the assistant): which room or engineer is taken, when in
    /// studio time and by whom, then the next free slots of the same length that day.
    /// </summary>
    public async Task<string> ExplainOverlapAsync(ConflictException overlap, Guid roomId, Guid? engineerId,
        DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var inTheWay = overlap.Message;
        if (overlap.Details.GetValueOrDefault("conflictingSessionId") is Guid id)
        {
            var view = await ViewAsync(await sender.Send(new GetSessionQuery(id), ct), ct);
            var taken = overlap.Details.GetValueOrDefault("conflictingResource") as string == "engineer" ? view.Engineer : view.Room;
            inTheWay = $"{taken} is already booked {view.When} for {view.Client}{(view.Title is null ? "" : $" ({view.Title})")}.";
        }
        var free = await FreeSlotsLikeAsync(roomId, engineerId, start, end, ct);
        return inTheWay + (free.Count == 0 ? " No other slot of that length is free that day." : " Free that day: " + string.Join(", ", free) + ".");
    }

    public static string When(DateTimeOffset start, DateTimeOffset end, StudioCalendar calendar) =>
        $"{calendar.ToLocal(start).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)}–{calendar.ToLocal(end).ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>Reads a time the model or the user wrote in studio time ("2026-11-28T14:00"); an explicit offset is honoured.</summary>
    public async Task<DateTimeOffset?> ParseStudioTimeAsync(string? text, CancellationToken ct)
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

    private static T? BestMatch<T>(IEnumerable<T> items, Func<T, string> name, string wanted) where T : class
    {
        var list = items.ToList();
        return list.FirstOrDefault(i => string.Equals(name(i), wanted.Trim(), StringComparison.OrdinalIgnoreCase))
               ?? list.FirstOrDefault(i => name(i).Contains(wanted.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
