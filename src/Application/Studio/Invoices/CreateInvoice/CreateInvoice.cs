using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.CreateInvoice;

/// <summary>
/// A draft invoice for a client: a line per session (its price as booked, or its cancellation charge; date, times on
/// the studio's clock, room, engineer and title in the description) and free lines. Each session is the client's,
/// booked (or cancelled at a charge), and on no other invoice (409 session_already_invoiced).
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record CreateInvoiceCommand(Guid ClientId, IReadOnlyList<Guid>? SessionIds = null, IReadOnlyList<FreeInvoiceLine>? Lines = null)
    : ICommand<InvoiceDto>;

public sealed class SessionsByIdSpec : Specification<Session>
{
    public SessionsByIdSpec(IReadOnlyCollection<Guid> ids) => Query.Where(s => ids.Contains(s.Id)).OrderBy(s => s.StartsAt).AsNoTracking();
}

public sealed class CreateInvoiceCommandHandler(
    IRepository<Invoice> invoices,
    IReadRepository<Session> sessions,
    IReadRepository<Client> clients,
    IReadRepository<StudioSettings> settings,
    SessionNames names,
    InvoiceViews views,
    IResourceLocks locks,
    TimeProvider clock,
    ClientLanguage language) : ICommandHandler<CreateInvoiceCommand, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(CreateInvoiceCommand command, CancellationToken ct)
    {
        var client = await clients.GetOrThrowAsync(command.ClientId, ct);
        var studio = await settings.GetStudioSettingsAsync(ct);
        var ids = (command.SessionIds ?? []).Distinct().ToList();
        var found = await sessions.ListAsync(new SessionsByIdSpec(ids), ct);
        if (ids.Except(found.Select(s => s.Id)).Select(id => (Guid?)id).FirstOrDefault() is { } missing)
            throw new NotFoundException("Session", missing);
        if (found.FirstOrDefault(s => s.ClientId != client.Id) is { } other)
            throw new ConflictException("session_of_another_client", "Session {0} is not {1}'s.", other.Id, client.Name);
        if (found.FirstOrDefault(s => !InvoiceLines.IsBillable(s)) is { } off)
            throw new ConflictException("session_not_billable",
                "Session {0} is {1}: only booked sessions (and cancellations that cost a charge) are invoiced.", off.Id, off.Status);
        if (found.FirstOrDefault(s => s.Currency != studio.Currency) is { } foreign)
            throw new ConflictException("currency_mismatch", "Session {0} is priced in {1}, the studio invoices in {2}.", foreign.Id, foreign.Currency, studio.Currency);
        var named = await names.ForAsync(found, ct);
        List<InvoiceLine> lines;
        var written = await language.OfAsync(client, ct) ?? Languages.Default;
        using (Languages.Use(written)) // the lines are written for the client to read
            lines = found.Select(s => InvoiceLines.ForSession(s, named, studio)).Concat((command.Lines ?? []).Select(l => InvoiceLines.Free(l, studio))).ToList();
        var invoice = new Invoice(client.Id, studio.Currency, lines, clock.GetUtcNow());
        invoice.WrittenIn(written);
        // Checked and saved under the sessions' locks, so of two invoices made at once for one session one is refused;
        // the unique index on the lines' session is the guarantee behind it.
        try
        {
            await locks.RunExclusiveAsync(ids, async () =>
            {
                if (ids.Count > 0 && (await invoices.ListAsync(new InvoicesOfSessionsSpec(ids), ct)).FirstOrDefault() is { } earlier)
                    throw AlreadyInvoiced(earlier.Number);
                invoices.Add(invoice);
                await invoices.SaveChangesAsync(ct);
            }, ct);
        }
        catch (UniqueConstraintException)
        {
            throw AlreadyInvoiced(null);
        }
        catch
        {
            invoices.Forget(invoice);
            throw;
        }
        return await views.OneAsync(invoice, ct);
    }

    private static ConflictException AlreadyInvoiced(string? number) =>
        new("session_already_invoiced", $"A session is already on {(number is null ? "another invoice" : $"invoice {number}")}: a session is invoiced once.");
}
