using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Settings.GetMoneyCulture;

/// <summary>
/// The culture the studio writes money in ("fr-FR"), for every page of its host — staff's, the portal's, the sign-in
/// page's — so it needs no account; null when the studio has none. Asked on a studio's host only.
/// </summary>
[RequiresAccess(Access.Anonymous)]
public sealed record GetMoneyCultureQuery : IQuery<string?>;

public sealed class GetMoneyCultureQueryHandler(IReadRepository<StudioSettings> settings) : IQueryHandler<GetMoneyCultureQuery, string?>
{
    public async ValueTask<string?> Handle(GetMoneyCultureQuery query, CancellationToken ct) => (await settings.GetStudioSettingsAsync(ct)).Culture;
}
