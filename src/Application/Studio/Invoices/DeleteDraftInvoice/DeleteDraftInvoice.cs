using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.DeleteDraftInvoice;

/// <summary>Deletes a draft (it has no number, so no gap is left) and frees its sessions; an issued invoice is corrected by a credit note.</summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record DeleteDraftInvoiceCommand(Guid Id) : ICommand;

public sealed class DeleteDraftInvoiceCommandHandler(IRepository<Invoice> invoices, IResourceLocks locks) : ICommandHandler<DeleteDraftInvoiceCommand>
{
    public async ValueTask<Unit> Handle(DeleteDraftInvoiceCommand command, CancellationToken ct)
    {
        // Under the invoice's lock: a draft being issued right now is either issued first (409) or deleted first (404).
        await locks.RunExclusiveAsync([command.Id], async () =>
        {
            var invoice = await invoices.GetOrThrowAsync(command.Id, ct);
            invoice.EnsureDraft();
            invoices.Remove(invoice);
            await invoices.SaveChangesAsync(ct);
        }, ct);
        return Unit.Value;
    }
}
