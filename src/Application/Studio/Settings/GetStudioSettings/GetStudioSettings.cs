using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Settings.GetStudioSettings;

[RequiresAccess(Access.ReadStudio)]
public sealed record GetStudioSettingsQuery : IQuery<StudioSettingsDto>;

public sealed class GetStudioSettingsQueryHandler(IReadRepository<StudioSettings> settings) : IQueryHandler<GetStudioSettingsQuery, StudioSettingsDto>
{
    public async ValueTask<StudioSettingsDto> Handle(GetStudioSettingsQuery query, CancellationToken ct) =>
        (await settings.GetStudioSettingsAsync(ct)).Adapt<StudioSettingsDto>();
}
