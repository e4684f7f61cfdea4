using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.IssueCreditNote;

/// <summary>
/// Corrects an issued invoice with a credit note: <see cref="Full"/> takes back every line (the invoice is void and its
/// sessions can be billed again), or <see cref="Lines"/> take back amounts. Never more than is left to pay (409
/// credit_exceeds_balance). Numbered at once in its own yearly series (CN-2026-0001).
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record IssueCreditNoteCommand(Guid InvoiceId, bool Full = false, IReadOnlyList<FreeInvoiceLine>? Lines = null,
    [property: FreeText] string? Reason = null) : ICommand<InvoiceDto>;

public sealed class IssueCreditNoteCommandHandler(
    IRepository<Invoice> invoices, IRepository<CreditNote> creditNotes, IReadRepository<StudioSettings> settings, InvoiceViews views,
    IInvoiceNumbers numbers, IResourceLocks locks, TimeProvider clock) : ICommandHandler<IssueCreditNoteCommand, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(IssueCreditNoteCommand command, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        var now = clock.GetUtcNow();
        var today = studio.Calendar.DateOf(now);
        Invoice invoice = null!;
        await locks.RunExclusiveAsync([command.InvoiceId], async () =>
        {
            invoice = await invoices.GetOrThrowAsync(command.InvoiceId, ct);
            var lines = command.Full ? invoice.Lines.Select(l => l.Copy()).ToList() : (command.Lines ?? []).Select(l => InvoiceLines.Free(l, studio)).ToList();
            var note = new CreditNote(invoice, lines, command.Reason, now, today);
            invoice.Credit(note);
            // Numbered last: a refusal before leaves no gap (and a rollback gives the number back).
            note.GiveNumber(today.Year, await numbers.NextAsync(NumberSeries.CreditNote, today.Year, ct));
            creditNotes.Add(note);
            await invoices.SaveChangesAsync(ct);
        }, ct);
        return await views.OneAsync(invoice, ct);
    }
}
