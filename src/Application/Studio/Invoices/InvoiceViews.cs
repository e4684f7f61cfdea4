using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices;

/// <summary>Invoices as the API shows them: with the client's name, whether they are overdue today (the studio's date), their credit notes.</summary>
public sealed class InvoiceViews(IReadRepository<CreditNote> creditNotes, IReadRepository<StudioSettings> settings, SessionNames names, TimeProvider clock)
{
    public async Task<DateOnly> TodayAsync(CancellationToken ct) => (await settings.GetStudioSettingsAsync(ct)).Calendar.DateOf(clock.GetUtcNow());

    public async Task<InvoiceDto> OneAsync(Invoice invoice, CancellationToken ct)
    {
        var named = await names.ForAsync([], ct, [invoice.ClientId]);
        return InvoiceDto.Of(invoice, named.Client(invoice.ClientId), await TodayAsync(ct),
            await creditNotes.ListAsync(new CreditNotesOfInvoiceSpec(invoice.Id), ct));
    }

    public async Task<IReadOnlyList<InvoiceDto>> ManyAsync(IReadOnlyList<Invoice> invoices, CancellationToken ct)
    {
        var named = await names.ForAsync([], ct, [.. invoices.Select(i => i.ClientId)]);
        var today = await TodayAsync(ct);
        return invoices.Select(i => InvoiceDto.Of(i, named.Client(i.ClientId), today)).ToList();
    }
}
