using Mediator;
using Microsoft.Extensions.Localization;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Quotes.SendQuote;

/// <summary>
/// E-mails the quote to its client with the PDF attached and a link to the portal, where they accept or decline it;
/// sending again reminds them. Refused once answered or past its validity, and for a client without an e-mail address.
/// </summary>
[RequiresAccess(Access.ManageStudioData)]
public sealed record SendQuoteCommand(Guid Id) : ICommand<QuoteDto>;

public sealed class SendQuoteCommandHandler(
    IRepository<Quote> quotes, IReadRepository<Client> clients, IReadRepository<StudioSettings> settings, InvoicePdfs pdfs, QuoteViews views,
    IEmailSender email, ITenantContext tenant, IStudioLinks links, TimeProvider clock, IStringLocalizer<Text> text, ClientLanguage language) : ICommandHandler<SendQuoteCommand, QuoteDto>
{
    public async ValueTask<QuoteDto> Handle(SendQuoteCommand command, CancellationToken ct)
    {
        var quote = await quotes.GetOrThrowAsync(command.Id, ct);
        var client = await clients.GetOrThrowAsync(quote.ClientId, ct);
        if (client.Email is not { } address)
            throw new ConflictException("client_has_no_email", "{0} has no e-mail address to send the quote to.", client.Name);
        var studio = await settings.GetStudioSettingsAsync(ct);
        var now = clock.GetUtcNow();
        quote.Send(now, studio.Calendar.DateOf(now));
        await quotes.SaveChangesAsync(ct);
        var subdomain = (tenant.Tenant ?? throw TenantUnavailableException.StudioRequired()).Subdomain;
        var pdf = await pdfs.ForAsync(quote, ct);
        EmailMessage message;
        using (Languages.Use(quote.Language ?? await language.OfAsync(quote.ClientId, ct))) // the language of the quote it carries
        {
            // A quote of sessions says that accepting it confirms them (holds too).
            var body = text[quote.SessionIds.Count > 0 ? "Email.QuoteWithSessions" : "Email.Quote", client.Name, quote.Number!, studio.StudioName,
                Currencies.Text(quote.Gross, quote.Currency, studio.Culture), InvoicePdfs.Date(quote.ValidUntil), links.StudioUrl(subdomain, "/client/sessions#quotes")];
            message = new EmailMessage(address, text["Email.QuoteSubject", quote.Number!, studio.StudioName], body,
                Attachments: [new EmailAttachment(pdf.FileName, InvoicePdf.ContentType, pdf.Content)]);
        }
        await email.SendAsync(message, ct);
        return await views.OneAsync(quote, ct);
    }
}
