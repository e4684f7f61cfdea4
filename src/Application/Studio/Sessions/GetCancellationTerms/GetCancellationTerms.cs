using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.GetCancellationTerms;

/// <summary>What cancelling the session now would cost its client under the studio's terms, to show before confirming.</summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record GetCancellationTermsQuery(Guid Id) : IQuery<CancellationTerms>;

public sealed class GetCancellationTermsQueryHandler(IReadRepository<Session> sessions, IReadRepository<StudioSettings> settings, TimeProvider clock)
    : IQueryHandler<GetCancellationTermsQuery, CancellationTerms>
{
    public async ValueTask<CancellationTerms> Handle(GetCancellationTermsQuery query, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        var terms = CancellationTerms.For(await sessions.GetOrThrowAsync(query.Id, ct), studio.Cancellation, clock.GetUtcNow(), studio.Culture);
        return terms with { Summary = Text.Say(terms.Wording) };
    }
}
