using Ardalis.Specification;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Quotes;

/// <summary>A quote with its client's name, lines, tax per rate and totals; <see cref="Expired"/> once past its day with no answer.</summary>
public sealed record QuoteDto(Guid Id, Guid ClientId, string Client, string Number, QuoteStatus Status, string Currency, decimal Net, decimal Tax,
    decimal Gross, DateOnly ValidUntil, bool Expired, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? DecidedAt, string? ClientNote,
    IReadOnlyList<InvoiceLineDto> Lines, IReadOnlyList<TaxRateTotal> TaxByRate)
{
    public static QuoteDto Of(Quote q, string client, DateOnly today) =>
        new(q.Id, q.ClientId, client, q.Number, q.Status, q.Currency, q.Net, q.Tax, q.Gross, q.ValidUntil, q.HasExpired(today), q.CreatedAt, q.SentAt,
            q.DecidedAt, q.ClientNote, InvoiceDto.LinesOf(q.Lines), q.TaxByRate);
}

/// <summary>
/// Quotes of one client or all, of one state or all, newest first; <c>sentOnly</c> for what a client may see;
/// <c>forUpdate</c> tracks them to be changed (else read as they are stored, never from what this request tracks).
/// </summary>
public sealed class QuotesSpec : Specification<Quote>
{
    public QuotesSpec(Guid? clientId, QuoteStatus? status, int page, int pageSize, Guid? id = null, bool sentOnly = false, bool forUpdate = false)
    {
        if (!forUpdate) Query.AsNoTracking();
        if (clientId is { } client) Query.Where(q => q.ClientId == client);
        if (status is { } wanted) Query.Where(q => q.Status == wanted);
        if (id is { } one) Query.Where(q => q.Id == one);
        if (sentOnly) Query.Where(q => q.Status != QuoteStatus.Draft);
        Query.OrderByDescending(q => q.CreatedAt).ThenBy(q => q.Id).Skip(Paging.Skip(page, pageSize)).Take(pageSize);
    }
}

/// <summary>Quotes as the API shows them: the client's name and whether they have expired today (the studio's date).</summary>
public sealed class QuoteViews(Sessions.SessionNames names, InvoiceViews invoices)
{
    public async Task<IReadOnlyList<QuoteDto>> ManyAsync(IReadOnlyList<Quote> quotes, CancellationToken ct)
    {
        var named = await names.ForAsync([], ct, [.. quotes.Select(q => q.ClientId)]);
        var today = await invoices.TodayAsync(ct);
        return quotes.Select(q => QuoteDto.Of(q, named.Client(q.ClientId), today)).ToList();
    }

    public async Task<QuoteDto> OneAsync(Quote quote, CancellationToken ct) => (await ManyAsync([quote], ct))[0];
}
