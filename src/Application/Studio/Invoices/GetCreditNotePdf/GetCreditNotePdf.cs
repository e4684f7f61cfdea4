using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.GetCreditNotePdf;

/// <summary>A credit note of an invoice as PDF.</summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record GetCreditNotePdfQuery(Guid InvoiceId, Guid CreditNoteId) : IQuery<InvoicePdf>;

public sealed class GetCreditNotePdfQueryHandler(IReadRepository<Invoice> invoices, IReadRepository<CreditNote> creditNotes, InvoicePdfs pdfs)
    : IQueryHandler<GetCreditNotePdfQuery, InvoicePdf>
{
    public async ValueTask<InvoicePdf> Handle(GetCreditNotePdfQuery query, CancellationToken ct)
    {
        var invoice = await invoices.GetOrThrowAsync(query.InvoiceId, ct);
        var note = await creditNotes.GetByIdAsync(query.CreditNoteId, ct);
        if (note is null || note.InvoiceId != invoice.Id) throw new NotFoundException("Credit note", query.CreditNoteId);
        return await pdfs.ForAsync(note, invoice, ct);
    }
}
