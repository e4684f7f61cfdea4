using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Sessions.GetSession;

[RequiresAccess(Access.ReadStudio)]
public sealed record GetSessionQuery(Guid Id) : IQuery<SessionDto>;

public sealed class GetSessionQueryHandler(IReadRepository<Session> sessions) : IQueryHandler<GetSessionQuery, SessionDto>
{
    public async ValueTask<SessionDto> Handle(GetSessionQuery query, CancellationToken ct) =>
        (await sessions.GetOrThrowAsync(query.Id, ct)).Adapt<SessionDto>();
}
