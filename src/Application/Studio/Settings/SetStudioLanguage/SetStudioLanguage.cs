using Mediator;
using RecordingStudio.Application.Accounts;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Studio.Settings.SetStudioLanguage;

/// <summary>
/// The Owner sets the language the studio speaks to whoever has not chosen one (pages, e-mails). It is kept with the
/// studio in the platform's catalog, where every request finds it without asking the studio's database.
/// </summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record SetStudioLanguageCommand(string Language) : ICommand<StudioLanguageDto>;

public sealed record StudioLanguageDto(string Language);

public sealed class SetStudioLanguageCommandHandler(IRepository<Organization> organizations, ITenantContext tenant, ITenantCache cache)
    : ICommandHandler<SetStudioLanguageCommand, StudioLanguageDto>
{
    public async ValueTask<StudioLanguageDto> Handle(SetStudioLanguageCommand command, CancellationToken ct)
    {
        var studio = tenant.RequireStudio();
        var organization = await organizations.GetStudioAsync(studio.Subdomain, ct);
        organization.SetLanguage(command.Language);
        await organizations.SaveChangesAsync(ct);
        await cache.InvalidateAsync(studio.Subdomain, ct);
        return new StudioLanguageDto(organization.Language);
    }
}
