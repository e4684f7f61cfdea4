using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Portal.GetMyInvoices;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Portal.StartMyCheckout;

/// <summary>
/// A payment page for what is left to pay on one of the signed-in client's invoices, when the studio takes online
/// payment (409 online_payment_not_offered otherwise); the payment is recorded when the provider says it is made.
/// </summary>
[RequiresAccess(Access.Portal)]
public sealed record StartMyCheckoutCommand(Guid InvoiceId) : ICommand<CheckoutDto>;

public sealed record CheckoutDto(string Url);

public sealed class StartMyCheckoutCommandHandler(
    IReadRepository<Invoice> invoices, IReadRepository<Client> clients, IOnlinePayments payments, ITenantContext tenant, IStudioLinks links, ICurrentUser user)
    : ICommandHandler<StartMyCheckoutCommand, CheckoutDto>
{
    public async ValueTask<CheckoutDto> Handle(StartMyCheckoutCommand command, CancellationToken ct)
    {
        var clientId = user.RequireClientId();
        var invoice = await invoices.FirstOrDefaultAsync(new ClientInvoicesSpec(clientId, command.InvoiceId), ct)
            ?? throw new NotFoundException("Invoice", command.InvoiceId);
        if (!payments.IsOffered)
            throw new ConflictException("online_payment_not_offered", "The studio takes no online payments: pay as your invoice says.");
        if (invoice.Status is not (InvoiceStatus.Issued or InvoiceStatus.PartlyPaid) || invoice.Balance <= 0)
            throw new ConflictException("invoice_paid", "Invoice {0} has nothing left to pay.", invoice.Number);
        var client = await clients.GetByIdAsync(clientId, ct);
        var subdomain = (tenant.Tenant ?? throw TenantUnavailableException.StudioRequired()).Subdomain;
        var url = await payments.StartCheckoutAsync(new CheckoutRequest(invoice.Id, invoice.Number!, invoice.Balance, invoice.Currency, client?.Email,
            links.StudioUrl(subdomain, "/client/sessions#invoices")), ct);
        return new CheckoutDto(url);
    }
}
