using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Clients.ArchiveClient;

/// <summary>Hides a client from lists and new bookings while keeping their session history.</summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record ArchiveClientCommand(Guid Id) : ICommand<ClientDto>;

public sealed class ArchiveClientCommandHandler(IRepository<Client> clients) : ICommandHandler<ArchiveClientCommand, ClientDto>
{
    public async ValueTask<ClientDto> Handle(ArchiveClientCommand command, CancellationToken ct)
    {
        var client = await clients.GetOrThrowAsync(command.Id, ct);
        client.Archive();
        await clients.SaveChangesAsync(ct);
        return client.Adapt<ClientDto>();
    }
}
