using Mediator;
using Microsoft.Extensions.Logging;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.RecordOnlinePayment;

/// <summary>
/// A payment provider's webhook: trusted only once its signature verifies (so it needs no account), it records the
/// payment it reports on its invoice, once — the same payment told twice, or twice at once, is recorded one time (the
/// invoice's lock, and a unique index on the provider's id behind it). Money beyond what was left to pay is recorded
/// up to the balance and the studio's managers are told to refund the rest.
/// </summary>
[RequiresAccess(Access.Anonymous)]
public sealed record RecordOnlinePaymentCommand([property: FreeText] string Payload, string? Signature) : ICommand<OnlinePaymentOutcome>; // the provider's JSON, as sent: line breaks and all

public enum OnlinePaymentOutcome
{
    Recorded,
    AlreadyRecorded,
    /// <summary>Paid for an invoice with nothing left to pay: nothing recorded, the managers told to refund it.</summary>
    NothingDue,
    /// <summary>An event that pays nothing, or another studio's (one platform Stripe account tells every studio's webhook).</summary>
    Ignored,
}

public sealed class RecordOnlinePaymentCommandHandler(
    IRepository<Invoice> invoices, IOnlinePayments payments, InvoiceViews views, ManagerNotices notices, IResourceLocks locks, ITenantContext tenant, TimeProvider clock,
    ILogger<RecordOnlinePaymentCommandHandler> logger) : ICommandHandler<RecordOnlinePaymentCommand, OnlinePaymentOutcome>
{
    public async ValueTask<OnlinePaymentOutcome> Handle(RecordOnlinePaymentCommand command, CancellationToken ct)
    {
        if (payments.ReadWebhook(command.Payload, command.Signature) is not { } paid || paid.Studio != tenant.Tenant?.Subdomain)
            return OnlinePaymentOutcome.Ignored;
        var now = clock.GetUtcNow();
        var today = await views.TodayAsync(ct);
        var outcome = OnlinePaymentOutcome.Ignored;
        decimal unrecorded = 0;
        Invoice? invoice = null;
        try
        {
            await locks.RunExclusiveAsync([paid.InvoiceId], async () =>
            {
                invoice = await invoices.GetByIdAsync(paid.InvoiceId, ct);
                if (invoice is null || invoice.Currency != paid.Currency) return;
                if (invoice.Payments.Any(p => p.ExternalId == paid.ExternalId))
                {
                    outcome = OnlinePaymentOutcome.AlreadyRecorded;
                    return;
                }
                var amount = invoice.Status is InvoiceStatus.Issued or InvoiceStatus.PartlyPaid ? Math.Min(paid.Amount, invoice.Balance) : 0;
                unrecorded = paid.Amount - amount;
                if (amount <= 0)
                {
                    outcome = OnlinePaymentOutcome.NothingDue;
                    return;
                }
                invoice.RecordPayment(new Payment(amount, PaymentMethod.Online, today, paid.ExternalId, null, now, paid.ExternalId));
                await invoices.SaveChangesAsync(ct);
                outcome = OnlinePaymentOutcome.Recorded;
            }, ct);
        }
        catch (UniqueConstraintException)
        {
            return OnlinePaymentOutcome.AlreadyRecorded;
        }
        if (invoice is null || invoice.Currency != paid.Currency)
        {
            logger.LogWarning("An online payment {Payment} names invoice {Invoice}, which this studio does not have in {Currency}", paid.ExternalId, paid.InvoiceId, paid.Currency);
            await notices.TellAsync(text => (text["Manager.UnmatchedPaymentSubject"],
                text["Manager.UnmatchedPayment", Currencies.Text(paid.Amount, paid.Currency), paid.ExternalId]), CancellationToken.None);
        }
        else if (outcome is OnlinePaymentOutcome.Recorded or OnlinePaymentOutcome.NothingDue && unrecorded > 0)
            await notices.TellAsync(text => (text["Manager.OverpaidSubject", invoice.Number ?? ""],
                text["Manager.Overpaid", Currencies.Text(paid.Amount, paid.Currency), paid.ExternalId, invoice.Number ?? "", Currencies.Text(unrecorded, paid.Currency)]), CancellationToken.None);
        return outcome;
    }
}
