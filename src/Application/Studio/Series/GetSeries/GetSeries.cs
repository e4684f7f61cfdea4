using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Series.GetSeries;

/// <summary>A series with every session booked with it, whatever became of each (moved, cancelled, completed).</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetSeriesQuery(Guid Id) : IQuery<SeriesDto>;

public sealed class GetSeriesQueryHandler(IReadRepository<SessionSeries> series, IReadRepository<Session> sessions) : IQueryHandler<GetSeriesQuery, SeriesDto>
{
    public async ValueTask<SeriesDto> Handle(GetSeriesQuery query, CancellationToken ct) =>
        (await series.GetOrThrowAsync(query.Id, ct)).ToDto(await sessions.ListAsync(new SeriesSessionsSpec(query.Id), ct));
}
