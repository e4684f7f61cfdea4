using Mediator;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Clients.GetClientNames;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Engineers.GetEngineers;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Application.Studio.Rooms.GetRooms;

namespace RecordingStudio.Application.Studio;

/// <summary>
/// Names instead of ids, both ways: the rooms, engineers and clients a person (or the assistant) names, found forgivingly,
/// and the names of the ids a page shows. Read through the API's queries, as the signed-in staff member, once per request.
/// </summary>
public sealed class StudioNames(ISender sender)
{
    private IReadOnlyList<RoomDto>? _allRooms;
    private IReadOnlyList<EngineerDto>? _allEngineers;
    private readonly Dictionary<Guid, string> _clientNames = new();

    /// <summary>Every room, in service or not (a studio has a handful; the largest page is plenty), read once per request.</summary>
    public async Task<IReadOnlyList<RoomDto>> AllRoomsAsync(CancellationToken ct) =>
        _allRooms ??= (await sender.Send(new GetRoomsQuery(IncludeInactive: true, PageSize: Paging.MaxPageSize), ct)).Items;

    public async Task<IReadOnlyList<EngineerDto>> AllEngineersAsync(CancellationToken ct) =>
        _allEngineers ??= (await sender.Send(new GetEngineersQuery(IncludeInactive: true, PageSize: Paging.MaxPageSize), ct)).Items;

    /// <summary>The rooms that take bookings.</summary>
    public async Task<IReadOnlyList<RoomDto>> RoomsAsync(CancellationToken ct) => (await AllRoomsAsync(ct)).Where(r => r.IsActive).ToList();

    public async Task<IReadOnlyList<EngineerDto>> EngineersAsync(CancellationToken ct) => (await AllEngineersAsync(ct)).Where(e => e.IsActive).ToList();

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

    /// <summary>Room names by id, inactive rooms included (old sessions keep their room).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> RoomNamesAsync(CancellationToken ct) =>
        (await AllRoomsAsync(ct)).ToDictionary(r => r.Id, r => r.Name);

    public async Task<IReadOnlyDictionary<Guid, string>> EngineerNamesAsync(CancellationToken ct) =>
        (await AllEngineersAsync(ct)).ToDictionary(e => e.Id, e => e.Name);

    /// <summary>The names of these clients, in one query for those not read yet in this request.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> ClientNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var missing = wanted.Where(id => !_clientNames.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            foreach (var (id, name) in await sender.Send(new GetClientNamesQuery(missing), ct)) _clientNames[id] = name;
        return wanted.Where(_clientNames.ContainsKey).ToDictionary(id => id, id => _clientNames[id]);
    }

    private static T? BestMatch<T>(IEnumerable<T> items, Func<T, string> name, string wanted) where T : class
    {
        var list = items.ToList();
        return list.FirstOrDefault(i => string.Equals(name(i), wanted.Trim(), StringComparison.OrdinalIgnoreCase))
               ?? list.FirstOrDefault(i => name(i).Contains(wanted.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
