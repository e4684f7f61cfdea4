using Ardalis.Specification;
using Mapster;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Series;

/// <summary>The sessions of a series, soonest first.</summary>
public sealed class SeriesSessionsSpec : Specification<Session>
{
    public SeriesSessionsSpec(Guid seriesId, bool tracked = false)
    {
        Query.Where(s => s.SeriesId == seriesId).OrderBy(s => s.StartsAt);
        if (!tracked) Query.AsNoTracking();
    }
}

public static class SeriesViews
{
    public static SeriesDto ToDto(this SessionSeries series, IEnumerable<Session> sessions) =>
        new(series.Id, series.ClientId, series.RoomId, series.EngineerId, series.Rule, series.Title, sessions.Adapt<List<SessionDto>>(), []);
}
