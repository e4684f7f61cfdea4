using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Engineers.GetEngineer;

/// <summary>One engineer, active or not; 404 when the studio has none with that id.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetEngineerQuery(Guid Id) : IQuery<EngineerDto>;

public sealed class GetEngineerQueryHandler(IReadRepository<Engineer> engineers) : IQueryHandler<GetEngineerQuery, EngineerDto>
{
    public async ValueTask<EngineerDto> Handle(GetEngineerQuery query, CancellationToken ct) =>
        (await engineers.GetOrThrowAsync(query.Id, ct)).Adapt<EngineerDto>();
}
