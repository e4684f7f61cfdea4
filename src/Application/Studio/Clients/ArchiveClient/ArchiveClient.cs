using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.BookingRequests;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Clients.ArchiveClient;

/// <summary>
/// Hides a client from lists and new bookings while keeping their session history; the booking requests they have
/// waiting are declined (they could not be accepted any more), in the same save.
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record ArchiveClientCommand(Guid Id) : ICommand<ClientDto>;

public sealed class ArchiveClientCommandHandler(IRepository<Client> clients, IRepository<BookingRequest> requests, TimeProvider clock)
    : ICommandHandler<ArchiveClientCommand, ClientDto>
{
    public async ValueTask<ClientDto> Handle(ArchiveClientCommand command, CancellationToken ct)
    {
        var client = await clients.GetOrThrowAsync(command.Id, ct);
        client.Archive();
        foreach (var waiting in await requests.ListAsync(new PendingRequestsOfClientSpec(client.Id), ct))
            waiting.Decline(Text.Say("The studio has archived your account."), clock.GetUtcNow());
        await clients.SaveChangesAsync(ct);
        return client.Adapt<ClientDto>();
    }
}
