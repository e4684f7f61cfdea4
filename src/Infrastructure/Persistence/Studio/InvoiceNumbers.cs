using Microsoft.EntityFrameworkCore;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Persistence.Studio;

/// <summary>A series' last number in a year: the row the next number is taken from.</summary>
public sealed class InvoiceNumberSequence
{
    public NumberSeries Series { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}

/// <summary>
/// One upsert in the caller's transaction: it locks the year's row until commit, so concurrent issues take numbers one
/// after the other, and a rollback gives the number back.
/// </summary>
public sealed class InvoiceNumbers(StudioDbContext db) : IInvoiceNumbers
{
    public async Task<int> NextAsync(NumberSeries series, int year, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("An invoice number is taken inside the transaction that saves the invoice.");
        return (await db.Database.SqlQuery<int>($"""
            INSERT INTO invoice_number_sequences (series, year, last) VALUES ({series.ToString()}, {year}, 1)
            ON CONFLICT (series, year) DO UPDATE SET last = invoice_number_sequences.last + 1
            RETURNING last AS "Value"
            """).ToListAsync(ct)).Single();
    }
}
