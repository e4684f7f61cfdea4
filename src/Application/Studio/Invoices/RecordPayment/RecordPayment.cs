using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.RecordPayment;

/// <summary>
/// Records money received against an issued invoice: all or part of its balance, never more (409 overpayment); the
/// invoice becomes partly paid or paid. Under the invoice's lock, so payments recorded at once never add up to more.
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record RecordPaymentCommand(Guid InvoiceId, decimal Amount, PaymentMethod? Method, DateOnly PaidOn, string? Reference = null)
    : ICommand<InvoiceDto>;

public sealed class RecordPaymentCommandHandler(IRepository<Invoice> invoices, IReadRepository<StudioSettings> settings, InvoiceViews views, IResourceLocks locks,
    ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordPaymentCommand, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(RecordPaymentCommand command, CancellationToken ct)
    {
        ReceivedPayments.EnsureReceived(command.PaidOn, await views.TodayAsync(ct));
        var culture = (await settings.GetStudioSettingsAsync(ct)).Culture;
        Invoice invoice = null!;
        await locks.RunExclusiveAsync([command.InvoiceId], async () =>
        {
            invoice = await invoices.GetOrThrowAsync(command.InvoiceId, ct);
            invoice.RecordPayment(new Payment(command.Amount, command.Method!.Value, command.PaidOn, command.Reference, user.UserId, clock.GetUtcNow()), culture);
            await invoices.SaveChangesAsync(ct);
        }, ct);
        return await views.OneAsync(invoice, ct);
    }
}
