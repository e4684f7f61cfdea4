using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.IssueInvoice;

/// <summary>
/// Issues a draft: the next number of the year on the studio's clock (2026-0001), taken in the same transaction as the
/// invoice's save, so numbers have no gaps and no duplicates however many are issued at once; due after the studio's
/// payment terms, the deposits received for its sessions counted as paid. Its lines never change again.
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record IssueInvoiceCommand(Guid Id) : ICommand<InvoiceDto>;

public sealed class IssueInvoiceCommandHandler(
    IRepository<Invoice> invoices, IReadRepository<Session> sessions, IReadRepository<Client> clients, IReadRepository<StudioSettings> settings, InvoiceViews views,
    IInvoiceNumbers numbers, IResourceLocks locks, TimeProvider clock) : ICommandHandler<IssueInvoiceCommand, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(IssueInvoiceCommand command, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        Invoice invoice = null!;
        // Read under the invoice's lock: of two issues at once, the second sees it issued (409 invoice_issued).
        await locks.RunExclusiveAsync([command.Id], async () =>
        {
            invoice = await invoices.GetOrThrowAsync(command.Id, ct);
            invoice.EnsureDraft();
            var billed = await sessions.ListAsync(new CreateInvoice.SessionsByIdSpec([.. invoice.Lines.Select(l => l.SessionId).OfType<Guid>()]), ct);
            EnsureStillAsDrafted(invoice, billed, studio);
            var year = studio.Calendar.DateOf(clock.GetUtcNow()).Year;
            var number = await numbers.NextAsync(NumberSeries.Invoice, year, ct);
            // The time is read once the number is ours (the sequence's row lock orders concurrent issues), so a later
            // number never carries an earlier time.
            var now = clock.GetUtcNow();
            var client = await clients.GetByIdAsync(invoice.ClientId, ct);
            invoice.Issue(year, number, now, studio.Calendar.DateOf(now), studio.PaymentTermsDays, new InvoiceParties(studio.LegalName ?? studio.StudioName,
                studio.Address, studio.TaxId, studio.InvoiceNote, client?.Name ?? "", client?.Email, client?.BillingAddress, client?.TaxId));
            DeductDeposits(invoice, billed, now);
            await invoices.SaveChangesAsync(ct);
        }, ct);
        return await views.OneAsync(invoice, ct);
    }

    /// <summary>
    /// A draft bills its sessions as they were when it was made: one cancelled (at no charge), released or repriced since
    /// is refused (409 draft_out_of_date) — the draft is deleted and made again.
    /// </summary>
    private static void EnsureStillAsDrafted(Invoice invoice, IReadOnlyList<Session> billed, StudioSettings studio)
    {
        foreach (var line in invoice.Lines.Where(l => l.SessionId is not null))
        {
            var session = billed.FirstOrDefault(s => s.Id == line.SessionId);
            var gross = session is null || !InvoiceLines.IsBillable(session) ? (decimal?)null
                : session.Status == SessionStatus.Cancelled ? session.CancellationCharge : session.PriceGross;
            if (gross != line.Gross)
                throw session is null
                    ? new ConflictException("draft_out_of_date", "\"{0}\" has changed since the draft was made (deleted): delete the draft and make it again.", line.Description)
                    : gross is null
                        ? new ConflictException("draft_out_of_date", "\"{0}\" has changed since the draft was made ({1}): delete the draft and make it again.",
                            line.Description, session.Status)
                        : new ConflictException("draft_out_of_date", "\"{0}\" has changed since the draft was made (now {1}): delete the draft and make it again.",
                            line.Description, Currencies.Text(gross.Value, session.Currency, studio.Culture));
        }
    }

    /// <summary>The deposits received for its sessions count as paid (never more than is due).</summary>
    private static void DeductDeposits(Invoice invoice, IReadOnlyList<Session> billed, DateTimeOffset now)
    {
        foreach (var session in billed)
            if (Math.Min(session.DepositPaid, invoice.Balance) is var amount and > 0)
                invoice.RecordPayment(new Payment(amount, session.DepositMethod ?? PaymentMethod.Transfer, session.DepositPaidOn ?? invoice.IssuedOn!.Value,
                    Truncate($"Deposit{(session.DepositReference is { } reference ? $": {reference}" : "")}"), null, now));
    }

    private static string Truncate(string text) => text.Length <= Payment.MaxReference ? text : text[..Payment.MaxReference];
}
