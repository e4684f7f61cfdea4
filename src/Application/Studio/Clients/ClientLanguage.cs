using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Clients;

/// <summary>
/// The language a client reads what the studio sends them (e-mails, quotes, invoices and their lines): their portal
/// account's choice, else the studio's.
/// </summary>
public sealed class ClientLanguage(IReadRepository<Client> clients, IAccountDirectory accounts, ITenantContext tenant)
{
    public async Task<string?> OfAsync(Guid clientId, CancellationToken ct) => await OfAsync(await clients.GetByIdAsync(clientId, ct), ct);

    /// <summary>The same for a client already read.</summary>
    public async Task<string?> OfAsync(Client? client, CancellationToken ct) =>
        client is { Email: { } email } ? await accounts.LanguageOfAsync(email, tenant.Tenant, ct) : tenant.Tenant?.Language;
}
