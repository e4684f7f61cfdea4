using Mediator;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Platform.Tenants.SetTenantLanguage;

/// <summary>The language a studio speaks to whoever has not chosen one (its staff and clients can each choose theirs).</summary>
[RequiresAccess(Access.Platform)]
public sealed record SetTenantLanguageCommand(string Subdomain, string Language) : ICommand<TenantDto>;

public sealed class SetTenantLanguageCommandHandler(TenantChanges changes) : ICommandHandler<SetTenantLanguageCommand, TenantDto>
{
    public async ValueTask<TenantDto> Handle(SetTenantLanguageCommand command, CancellationToken ct) =>
        await changes.ApplyAsync(command.Subdomain, o => o.SetLanguage(command.Language), ct);
}
