using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Engineers.GetEngineers;

[RequiresAccess(Access.ReadStudio)]
public sealed record GetEngineersQuery(bool IncludeInactive = false) : IQuery<IReadOnlyList<EngineerDto>>;

public sealed class GetEngineersQueryHandler(IReadRepository<Engineer> engineers) : IQueryHandler<GetEngineersQuery, IReadOnlyList<EngineerDto>>
{
    public async ValueTask<IReadOnlyList<EngineerDto>> Handle(GetEngineersQuery query, CancellationToken ct) =>
        (await engineers.ListAsync(new EngineersByNameSpec(query.IncludeInactive), ct)).Adapt<List<EngineerDto>>();
}
