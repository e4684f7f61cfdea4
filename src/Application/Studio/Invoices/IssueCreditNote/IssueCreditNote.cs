using Mediator;
using RecordingStudio.Application.Common.Exceptions;
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
        Invoice invoice = null!;
        await locks.RunExclusiveAsync([command.InvoiceId], async () =>
        {
            invoice = await invoices.GetOrThrowAsync(command.InvoiceId, ct);
            var lines = command.Full ? invoice.Lines.Select(l => l.Copy()).ToList()
                : (command.Lines ?? []).Select(l => InvoiceLines.Free(l with { TaxPercent = l.TaxPercent ?? SoleRate(invoice) }, studio)).ToList();
            EnsureWithinRates(invoice, await creditNotes.ListAsync(new CreditNotesOfInvoiceSpec(invoice.Id), ct), lines, studio.Culture);
            var today = studio.Calendar.DateOf(clock.GetUtcNow());
            var note = new CreditNote(invoice, lines, command.Reason, clock.GetUtcNow(), today);
            invoice.Credit(note, studio.Culture);
            // Numbered last: a refusal before leaves no gap (and a rollback gives the number back); dated once the
            // number is ours, so a later number never carries an earlier time.
            note.GiveNumber(today.Year, await numbers.NextAsync(NumberSeries.CreditNote, today.Year, ct));
            note.DateAs(clock.GetUtcNow(), studio.Calendar);
            creditNotes.Add(note);
            await invoices.SaveChangesAsync(ct);
        }, ct);
        return await views.OneAsync(invoice, ct);
    }

    /// <summary>A credit line left without a rate takes the invoice's, when it has one only.</summary>
    private static decimal? SoleRate(Invoice invoice) => invoice.TaxByRate.Count == 1 ? invoice.TaxByRate[0].TaxPercent : null;

    /// <summary>
    /// What is taken back at a tax rate is at most what was billed at it, less earlier credit notes: a credit note
    /// reverses the tax it was charged with, never tax that was not (409 credit_exceeds_rate).
    /// </summary>
    private static void EnsureWithinRates(Invoice invoice, IReadOnlyList<CreditNote> earlier, IReadOnlyList<InvoiceLine> lines, string? culture)
    {
        foreach (var rate in Invoice.ByRate(lines))
        {
            var billed = invoice.TaxByRate.FirstOrDefault(r => r.TaxPercent == rate.TaxPercent)?.Net ?? 0;
            var credited = earlier.SelectMany(n => n.Lines).Where(l => l.TaxPercent == rate.TaxPercent).Sum(l => l.Net);
            if (credited + rate.Net > billed)
                throw credited > 0
                    ? new ConflictException("credit_exceeds_rate",
                        "Invoice {0} billed {1} net at {2:0.##} % tax, {3} of it already credited: a credit note takes back at most what is left at that rate.",
                        invoice.Number, Currencies.Text(billed, invoice.Currency, culture), rate.TaxPercent, Currencies.Text(credited, invoice.Currency, culture))
                    : new ConflictException("credit_exceeds_rate",
                        "Invoice {0} billed {1} net at {2:0.##} % tax: a credit note takes back at most what is left at that rate.",
                        invoice.Number, Currencies.Text(billed, invoice.Currency, culture), rate.TaxPercent);
        }
    }
}
