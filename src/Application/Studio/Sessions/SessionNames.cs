using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Studio.Clients.GetClientNames;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions;

/// <summary>
/// The names behind a list of sessions — rooms and engineers read whole (a handful, inactive ones included: old
/// sessions keep theirs), the sessions' clients in one query — for handlers (pages and the assistant use StudioNames).
/// </summary>
public sealed class SessionNames(IReadRepository<Room> rooms, IReadRepository<Engineer> engineers, IReadRepository<Client> clients)
{
    public async Task<NamesOf> ForAsync(IReadOnlyCollection<Session> sessions, CancellationToken ct, params Guid[] alsoClients)
    {
        var roomNames = (await rooms.ListAsync(new RoomsByNameSpec(includeInactive: true), ct)).ToDictionary(r => r.Id, r => r.Name);
        var engineerNames = (await engineers.ListAsync(new EngineersByNameSpec(includeInactive: true), ct)).ToDictionary(e => e.Id, e => e.Name);
        var clientIds = sessions.Select(s => s.ClientId).Concat(alsoClients).Distinct().ToList();
        var clientNames = clientIds.Count == 0 ? new Dictionary<Guid, string>()
            : (await clients.ListAsync(new ClientNamesSpec(clientIds), ct)).ToDictionary(c => c.Id, c => c.Name);
        return new NamesOf(roomNames, engineerNames, clientNames);
    }
}

public sealed record NamesOf(IReadOnlyDictionary<Guid, string> Rooms, IReadOnlyDictionary<Guid, string> Engineers, IReadOnlyDictionary<Guid, string> Clients)
{
    public string Room(Guid id) => Rooms.GetValueOrDefault(id, "?");
    public string? Engineer(Guid? id) => id is { } known ? Engineers.GetValueOrDefault(known) : null;
    public string Client(Guid id) => Clients.GetValueOrDefault(id, "?");
}
