using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants.ExportTenant;

/// <summary>Writes a studio's whole database to a file (pg_dump custom format), e.g. before deleting it.</summary>
[RequiresAccess(Access.Platform)]
public sealed record ExportTenantCommand(string Subdomain, string File) : ICommand<ExportResultDto>;

public sealed record ExportResultDto(string Subdomain, string File, long Bytes);

public sealed class ExportTenantCommandHandler(IReadRepository<Organization> organizations, ITenantBackup backup)
    : ICommandHandler<ExportTenantCommand, ExportResultDto>
{
    public async ValueTask<ExportResultDto> Handle(ExportTenantCommand command, CancellationToken ct)
    {
        var subdomain = Domain.Platform.Subdomain.Normalize(command.Subdomain);
        var organization = await organizations.FirstOrDefaultAsync(new ReadyTenantsSpec(subdomain), ct)
            ?? throw new NotFoundException("Ready studio", subdomain);
        return new ExportResultDto(subdomain, Path.GetFullPath(command.File), await backup.ExportAsync(organization.Database!, command.File, ct));
    }
}
