using Microsoft.EntityFrameworkCore;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Persistence.Studio;

/// <summary>Revenue summed by PostgreSQL (GROUP BY over the lines of the period), invoices and credit notes apart, then netted.</summary>
public sealed class RevenueFigures(StudioDbContext db) : IRevenueFigures
{
    private sealed class Row
    {
        public DateOnly Day { get; init; }
        public Guid? RoomId { get; init; }
        public Guid? EngineerId { get; init; }
        public decimal Net { get; init; }
        public decimal Tax { get; init; }
    }

    public async Task<IReadOnlyList<RevenueFigure>> RevenueAsync(DateOnly from, DateOnly to, RevenueGrouping groupBy, CancellationToken ct)
    {
        var invoiced = db.Invoices.AsNoTracking()
            .Where(i => i.Status != InvoiceStatus.Draft && i.IssuedOn >= from && i.IssuedOn <= to)
            .SelectMany(i => i.Lines.Select(l => new Row { Day = i.IssuedOn!.Value, RoomId = l.RoomId, EngineerId = l.EngineerId, Net = l.Net, Tax = l.Tax }));
        var credited = db.CreditNotes.AsNoTracking()
            .Where(c => c.IssuedOn >= from && c.IssuedOn <= to)
            .SelectMany(c => c.Lines.Select(l => new Row { Day = c.IssuedOn, RoomId = l.RoomId, EngineerId = l.EngineerId, Net = l.Net, Tax = l.Tax }));
        var plus = await SumAsync(invoiced, groupBy, ct);
        var minus = await SumAsync(credited, groupBy, ct);
        return plus.Concat(minus.Select(m => m with { Net = -m.Net, Tax = -m.Tax }))
            .GroupBy(f => f.Key).Select(g => new RevenueFigure(g.Key, g.Sum(f => f.Net), g.Sum(f => f.Tax))).OrderBy(f => f.Key).ToList();
    }

    private static async Task<List<RevenueFigure>> SumAsync(IQueryable<Row> rows, RevenueGrouping groupBy, CancellationToken ct) => groupBy switch
    {
        RevenueGrouping.Month => (await rows.GroupBy(r => new { r.Day.Year, r.Day.Month })
                .Select(g => new { g.Key.Year, g.Key.Month, Net = g.Sum(r => r.Net), Tax = g.Sum(r => r.Tax) }).ToListAsync(ct))
            .Select(g => new RevenueFigure($"{g.Year:0000}-{g.Month:00}", g.Net, g.Tax)).ToList(),
        RevenueGrouping.Room => (await rows.GroupBy(r => r.RoomId)
                .Select(g => new { g.Key, Net = g.Sum(r => r.Net), Tax = g.Sum(r => r.Tax) }).ToListAsync(ct))
            .Select(g => new RevenueFigure(g.Key?.ToString() ?? "", g.Net, g.Tax)).ToList(),
        _ => (await rows.GroupBy(r => r.EngineerId)
                .Select(g => new { g.Key, Net = g.Sum(r => r.Net), Tax = g.Sum(r => r.Tax) }).ToListAsync(ct))
            .Select(g => new RevenueFigure(g.Key?.ToString() ?? "", g.Net, g.Tax)).ToList(),
    };
}
