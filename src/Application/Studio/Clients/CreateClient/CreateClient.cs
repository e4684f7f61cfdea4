using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Clients.CreateClient;

[RequiresAccess(Access.ManageStudioData)]
public sealed record CreateClientCommand(string Name, string? Email, string? Phone, string? ArtistName, [property: FreeText] string? Notes,
    [property: FreeText] string? BillingAddress = null, string? TaxId = null)
    : ICommand<ClientDto>, IClientFields;

public sealed class CreateClientCommandHandler(IRepository<Client> clients) : ICommandHandler<CreateClientCommand, ClientDto>
{
    public async ValueTask<ClientDto> Handle(CreateClientCommand command, CancellationToken ct)
    {
        var client = new Client(command.Name, command.Email, command.Phone, command.ArtistName, command.Notes);
        client.UpdateBilling(command.BillingAddress, command.TaxId);
        clients.Add(client);
        await clients.SaveChangesAsync(ct);
        return client.Adapt<ClientDto>();
    }
}
