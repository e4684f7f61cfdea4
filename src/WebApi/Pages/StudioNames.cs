using Mediator;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Rooms.GetRooms;
using RecordingStudio.Application.Studio.Settings.GetStudioSettings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.WebApi.Pages;

/// <summary>Names of rooms and clients and the studio's calendar, to show sessions the way people read them.</summary>
public sealed record StudioNames(IReadOnlyDictionary<Guid, string> Rooms, IReadOnlyDictionary<Guid, string> Clients, StudioCalendar Calendar)
{
    public static async Task<StudioNames> LoadAsync(ISender sender, CancellationToken ct)
    {
        var rooms = await sender.Send(new GetRoomsQuery(IncludeInactive: true), ct);
        var clients = await sender.Send(new GetAllClientsQuery(IncludeArchived: true, PageSize: Application.Common.Models.Paging.MaxPageSize), ct);
        var settings = await sender.Send(new GetStudioSettingsQuery(), ct);
        return new StudioNames(rooms.ToDictionary(r => r.Id, r => r.Name), clients.Items.ToDictionary(c => c.Id, c => c.Name),
            new StudioCalendar(settings.TimeZone));
    }

    public string Room(Guid id) => Rooms.GetValueOrDefault(id, "—");
    public string Client(Guid id) => Clients.GetValueOrDefault(id, "—");
}
