using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Quotes.CreateQuote;

/// <summary>
/// A quote for a client: a line per session (holds and pencilled-in sessions too; <see cref="SeriesId"/> adds every
/// session of a series still in the schedule) at its price, and free lines; numbered at once (Q-2026-0001), valid until
/// <see cref="ValidUntil"/> (30 days unless given). A draft until sent.
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record CreateQuoteCommand(Guid ClientId, IReadOnlyList<Guid>? SessionIds = null, Guid? SeriesId = null,
    IReadOnlyList<FreeInvoiceLine>? Lines = null, DateOnly? ValidUntil = null) : ICommand<QuoteDto>;

/// <summary>The sessions named, or those of a series, still in the schedule, in time order.</summary>
public sealed class QuotableSessionsSpec : Specification<Session>
{
    public QuotableSessionsSpec(IReadOnlyCollection<Guid> ids, Guid? seriesId) =>
        Query.Where(s => ids.Contains(s.Id) || (seriesId != null && s.SeriesId == seriesId))
            .Where(SessionStatusRules.InSchedule).OrderBy(s => s.StartsAt).AsNoTracking();
}

public sealed class CreateQuoteCommandHandler(
    IRepository<Quote> quotes, IReadRepository<Session> sessions, IReadRepository<Client> clients, IReadRepository<StudioSettings> settings,
    SessionNames names, QuoteViews views, IInvoiceNumbers numbers, IResourceLocks locks, TimeProvider clock, ClientLanguage language) : ICommandHandler<CreateQuoteCommand, QuoteDto>
{
    public async ValueTask<QuoteDto> Handle(CreateQuoteCommand command, CancellationToken ct)
    {
        var client = await clients.GetOrThrowAsync(command.ClientId, ct);
        var studio = await settings.GetStudioSettingsAsync(ct);
        var now = clock.GetUtcNow();
        var today = studio.Calendar.DateOf(now);
        if (command.ValidUntil < today)
            throw new Domain.Common.DomainException("invalid_valid_until", "A quote is valid until today or a later day.");
        var ids = (command.SessionIds ?? []).Distinct().ToList();
        var found = await sessions.ListAsync(new QuotableSessionsSpec(ids, command.SeriesId), ct);
        if (ids.Except(found.Select(s => s.Id)).Select(id => (Guid?)id).FirstOrDefault() is { } missing)
            throw new NotFoundException("Session", missing);
        if (command.SeriesId is { } series && found.All(s => s.SeriesId != series))
            throw new NotFoundException("Series", series);
        if (found.FirstOrDefault(s => s.ClientId != client.Id) is { } other)
            throw new ConflictException("session_of_another_client", "Session {0} is not {1}'s.", other.Id, client.Name);
        var named = await names.ForAsync(found, ct);
        List<InvoiceLine> lines;
        var written = await language.OfAsync(client, ct) ?? Languages.Default;
        using (Languages.Use(written)) // the lines are written for the client to read
            lines = found.Select(s => InvoiceLines.ForSession(s, named, studio)).Concat((command.Lines ?? []).Select(l => InvoiceLines.Free(l, studio))).ToList();
        var quote = new Quote(client.Id, studio.Currency, lines, command.ValidUntil ?? today.AddDays(Quote.DefaultValidDays), now);
        quote.WrittenIn(written);
        // Numbered in the transaction that saves it (the client's lock opens it): no gap, no duplicate.
        await locks.RunExclusiveAsync([client.Id], async () =>
        {
            quote.GiveNumber(today.Year, await numbers.NextAsync(NumberSeries.Quote, today.Year, ct));
            quotes.Add(quote);
            await quotes.SaveChangesAsync(ct);
        }, ct);
        return await views.OneAsync(quote, ct);
    }
}
