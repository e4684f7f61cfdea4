using Mediator;
using Microsoft.Extensions.Localization;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices.SendInvoice;

/// <summary>
/// E-mails an issued invoice to its client with the PDF attached — and those of the credit notes correcting it — and a
/// link to the portal, where it can be downloaded again. A draft is issued first (409 invoice_not_issued); a client without an e-mail address cannot be sent one (409).
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record SendInvoiceCommand(Guid Id) : ICommand<InvoiceDto>;

public sealed class SendInvoiceCommandHandler(
    IReadRepository<Invoice> invoices, IReadRepository<CreditNote> creditNotes, IReadRepository<Client> clients, IReadRepository<StudioSettings> settings, InvoicePdfs pdfs, InvoiceViews views,
    IEmailSender email, ITenantContext tenant, IStudioLinks links, IStringLocalizer<Text> text, ClientLanguage language) : ICommandHandler<SendInvoiceCommand, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(SendInvoiceCommand command, CancellationToken ct)
    {
        var invoice = await invoices.GetOrThrowAsync(command.Id, ct);
        if (invoice.Number is null)
            throw new ConflictException("invoice_not_issued", "A draft is issued before it is sent.");
        var client = await clients.GetOrThrowAsync(invoice.ClientId, ct);
        if (client.Email is not { } address)
            throw new ConflictException("client_has_no_email", "{0} has no e-mail address to send the invoice to.", client.Name);
        var studio = await settings.GetStudioSettingsAsync(ct);
        var subdomain = (tenant.Tenant ?? throw TenantUnavailableException.StudioRequired()).Subdomain;
        var pdf = await pdfs.ForAsync(invoice, ct);
        var notes = await creditNotes.ListAsync(new CreditNotesOfInvoiceSpec(invoice.Id), ct);
        var attachments = new List<EmailAttachment> { new(pdf.FileName, InvoicePdf.ContentType, pdf.Content) };
        foreach (var note in notes)
        {
            var notePdf = await pdfs.ForAsync(note, invoice, ct);
            attachments.Add(new EmailAttachment(notePdf.FileName, InvoicePdf.ContentType, notePdf.Content));
        }
        EmailMessage message;
        using (Languages.Use(invoice.Language ?? await language.OfAsync(invoice.ClientId, ct))) // the language of the invoice it carries
        {
            var due = invoice.Balance > 0 && invoice.DueOn is { } on
                ? text["Email.InvoiceDue", Currencies.Text(invoice.Balance, invoice.Currency, studio.Culture), InvoicePdfs.Date(on)]
                : text["Email.InvoiceNothingDue", text[$"InvoiceStatus.{invoice.Status}"]];
            var corrections = notes.Count == 0 ? ""
                : text[notes.Count == 1 ? "Email.InvoiceCreditNote" : "Email.InvoiceCreditNotes", string.Join(", ", notes.Select(n => n.Number))].Value;
            var body = text["Email.Invoice", client.Name, invoice.Number, studio.StudioName, corrections, due.Value,
                links.StudioUrl(subdomain, "/client/sessions#invoices")];
            message = new EmailMessage(address, text["Email.InvoiceSubject", invoice.Number, studio.StudioName], body, Attachments: attachments);
        }
        await email.SendAsync(message, ct);
        return await views.OneAsync(invoice, ct);
    }
}
