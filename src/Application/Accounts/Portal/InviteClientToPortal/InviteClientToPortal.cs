using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Accounts.Portal.InviteClientToPortal;

/// <summary>Gives a client a portal account (their e-mail) and e-mails a one-time link to choose a password.</summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record InviteClientToPortalCommand(Guid ClientId) : ICommand<AccountDto>;

public sealed class InviteClientToPortalCommandHandler(
    IReadRepository<Client> clients,
    IAccountDirectory accounts,
    IEmailSender email,
    IStudioLinks links,
    ITenantContext tenant,
    Microsoft.Extensions.Localization.IStringLocalizer<Resources.Text> text) : ICommandHandler<InviteClientToPortalCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(InviteClientToPortalCommand command, CancellationToken ct)
    {
        var client = await clients.GetOrThrowAsync(command.ClientId, ct);
        if (client.IsArchived) throw new ConflictException("client_archived", "Client '{0}' is archived.", client.Name);
        if (client.Email is null)
            throw new ConflictException("client_email_missing", "Client '{0}' has no e-mail address to invite.", client.Name);
        if ((await accounts.ListAsync(staff: false, ct)).Any(a => a.ClientId == client.Id))
            throw new ConflictException("client_has_account", "Client '{0}' already has a portal account.", client.Name);

        var account = await accounts.CreateAsync(new NewAccount(client.Email, client.Name, AccountRole.Client, ClientId: client.Id), password: null, ct);
        var studio = tenant.RequireStudio();
        await AccountLinks.SendSetPasswordLinkAsync(accounts, email, links, studio, account, text,
            words => (words["Email.PortalSubject", studio.Name], words["Email.PortalIntro", studio.Name]), ct);
        return account;
    }
}
