using Mediator;
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
    IRepository<Invoice> invoices, IReadRepository<Session> sessions, IReadRepository<StudioSettings> settings, InvoiceViews views,
    IInvoiceNumbers numbers, IResourceLocks locks, TimeProvider clock) : ICommandHandler<IssueInvoiceCommand, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(IssueInvoiceCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var studio = await settings.GetStudioSettingsAsync(ct);
        var today = studio.Calendar.DateOf(now);
        Invoice invoice = null!;
        // Read under the invoice's lock: of two issues at once, the second sees it issued (409 invoice_issued).
        await locks.RunExclusiveAsync([command.Id], async () =>
        {
            invoice = await invoices.GetOrThrowAsync(command.Id, ct);
            invoice.EnsureDraft();
            invoice.Issue(today.Year, await numbers.NextAsync(NumberSeries.Invoice, today.Year, ct), now, today, studio.PaymentTermsDays);
            await DeductDepositsAsync(invoice, now, ct);
            await invoices.SaveChangesAsync(ct);
        }, ct);
        return await views.OneAsync(invoice, ct);
    }

    /// <summary>The deposits received for its sessions count as paid (never more than is due).</summary>
    private async Task DeductDepositsAsync(Invoice invoice, DateTimeOffset now, CancellationToken ct)
    {
        var ids = invoice.Lines.Select(l => l.SessionId).OfType<Guid>().ToList();
        if (ids.Count == 0) return;
        foreach (var session in await sessions.ListAsync(new CreateInvoice.SessionsByIdSpec(ids), ct))
            if (Math.Min(session.DepositPaid, invoice.Balance) is var amount and > 0)
                invoice.RecordPayment(new Payment(amount, session.DepositMethod ?? PaymentMethod.Transfer, session.DepositPaidOn ?? invoice.IssuedOn!.Value,
                    Truncate($"Deposit{(session.DepositReference is { } reference ? $": {reference}" : "")}"), null, now));
    }

    private static string Truncate(string text) => text.Length <= Payment.MaxReference ? text : text[..Payment.MaxReference];
}
