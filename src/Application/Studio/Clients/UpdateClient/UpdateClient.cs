using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Clients.UpdateClient;

[RequiresAccess(Access.ManageStudioData)]
public sealed record UpdateClientCommand(Guid Id, string Name, string? Email, string? Phone, string? ArtistName, [property: FreeText] string? Notes,
    [property: FreeText] string? BillingAddress = null, string? TaxId = null)
    : ICommand<ClientDto>, IClientFields;

public sealed class UpdateClientCommandHandler(IRepository<Client> clients) : ICommandHandler<UpdateClientCommand, ClientDto>
{
    public async ValueTask<ClientDto> Handle(UpdateClientCommand command, CancellationToken ct)
    {
        var client = await clients.GetOrThrowAsync(command.Id, ct);
        client.Update(command.Name, command.Email, command.Phone, command.ArtistName, command.Notes);
        client.UpdateBilling(command.BillingAddress, command.TaxId);
        await clients.SaveChangesAsync(ct);
        return client.Adapt<ClientDto>();
    }
}
