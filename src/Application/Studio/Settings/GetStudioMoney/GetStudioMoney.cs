using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Settings.GetStudioMoney;

/// <summary>
/// How the studio writes money — its currency and culture ("EUR", "fr-FR"; no culture writes "65.00 EUR") — for every
/// page of its host: staff's, the portal's, the sign-in page's, so it needs no account. Asked on a studio's host only.
/// </summary>
[RequiresAccess(Access.Anonymous)]
public sealed record GetStudioMoneyQuery : IQuery<StudioMoneyDto>;

public sealed record StudioMoneyDto(string Currency, string? Culture);

public sealed class GetStudioMoneyQueryHandler(IReadRepository<StudioSettings> settings) : IQueryHandler<GetStudioMoneyQuery, StudioMoneyDto>
{
    public async ValueTask<StudioMoneyDto> Handle(GetStudioMoneyQuery query, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        return new StudioMoneyDto(studio.Currency, studio.Culture);
    }
}
